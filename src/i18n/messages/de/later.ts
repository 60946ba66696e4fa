import type { Translation } from '../../message.ts';
import type { messages as english } from '../en/later.ts';

export const messages: Translation<typeof english> = {
  'meeting.onDomain': 'auf {domain}',
  'meeting.leave': 'Verlassen',
  'meeting.scriptFailed':
    'Die Besprechung konnte nicht starten. Wählen Sie „Verlassen“ und dann „Erneut teilnehmen“.',
  'meeting.token': 'Token',
  'meeting.tokenPanelFailed':
    'Die Token-Ansicht konnte nicht angezeigt werden; die Besprechung läuft weiter.',
  'left.title': 'Sie haben {room} verlassen',
  'left.rejoin': 'Erneut teilnehmen',
  'left.joinAnother': 'Einem anderen Raum beitreten',
  'configError.title': 'Der Launcher ist nicht richtig eingerichtet',
  'configError.missing':
    '{url} antwortete mit {status}: Die Laufzeitkonfiguration fehlt. Legen Sie config.json neben index.html (siehe „Configuration“ in der README).',
  'configError.unreachable':
    'Der Launcher konnte {url} oder seinen eigenen Code nicht laden: Der Server hat nicht geantwortet. Laden Sie die Seite neu.',
  'configError.timeout':
    '{url} ist nicht innerhalb von {seconds} s angekommen: Der Webserver, auf dem der Launcher liegt, antwortet nicht. Versuchen Sie es gleich noch einmal.',
  'configError.tooLarge':
    '{url} ist größer als {mebibytes} MiB, ist also nicht die Konfiguration des Launchers und wurde nicht gelesen. Legen Sie die config.json des Launchers (wenige kB) neben index.html.',
  'configError.retry': 'Erneut versuchen',
  'configError.notJson':
    '{url} ist kein gültiges JSON. Suchen Sie nach einem fehlenden Komma oder Anführungszeichen oder nach einem Kommentar (JSON kennt keine).',
  'configError.invalid': {
    one: '{url} hat ein Problem, das behoben werden muss.',
    other: '{url} hat {count} Probleme, die behoben werden müssen.',
  },
  'configError.fieldsCaption': 'Zu korrigierende Felder in {url}',
  'configError.field': 'Feld',
  'configError.problem': 'Problem',
  'configError.fix': 'Lösung',
  'configError.operator':
    'Der Betreiber dieser Website bearbeitet {configFile} neben {indexFile}; ein Neubau ist nicht nötig. Laden Sie diese Seite nach der Änderung neu.',
};
