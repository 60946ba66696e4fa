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
  'meetingWatch.rejoining': 'Verbindung wird mit einem neuen Zugang wiederhergestellt …',
  'meetingWatch.rejoin': 'Erneut beitreten',
  'meetingWatch.lobby.title': 'Warten in der Lobby',
  'meetingWatch.lobby.message':
    'Diese Besprechung hat eine Lobby: Eine Moderatorin oder ein Moderator lässt Sie herein. Bitte warten Sie hier.',
  'meetingWatch.host.title': 'Warten auf die Gastgeberin oder den Gastgeber',
  'meetingWatch.host.message':
    'Die Besprechung beginnt, sobald eine Moderatorin oder ein Moderator beitritt. Bitte warten Sie hier.',
  'meetingWatch.password.title': 'Diese Besprechung hat ein Passwort',
  'meetingWatch.password.message':
    'Geben Sie das Passwort der Besprechung unten in der Besprechung ein. Wenn Sie es nicht haben, fragen Sie die Person, die eingeladen hat.',
  'meetingWatch.login.title': 'Der Besprechungsserver hat Ihren Zugang nicht angenommen',
  'meetingWatch.login.message':
    'Der Besprechungsserver hat den Zugang abgelehnt, den der Launcher für Sie erhalten hat.',
  'meetingWatch.login.fix':
    'Wählen Sie „Erneut beitreten“ für einen neuen Zugang. Wenn es wieder passiert, senden Sie die Details an die Administration der Website.',
  'meetingWatch.room.title': 'Kein Zutritt zu diesem Raum',
  'meetingWatch.room.message':
    'Der Besprechungsserver hat Ihren Zugang angenommen, aber nicht für diesen Raum.',
  'meetingWatch.room.fix':
    'Prüfen Sie den Raumnamen und senden Sie dann die Details an die Administration der Website.',
  'meetingWatch.lobbyDenied.title': 'Nicht hereingelassen',
  'meetingWatch.lobbyDenied.message':
    'Eine Moderatorin oder ein Moderator hat Ihre Beitrittsanfrage abgelehnt.',
  'meetingWatch.lobbyDenied.fix':
    'Bitten Sie die Person, die eingeladen hat, Sie hereinzulassen, und wählen Sie dann „Erneut beitreten“.',
  'meetingWatch.full.title': 'Die Besprechung ist voll',
  'meetingWatch.full.message': 'Die Besprechung hat die Höchstzahl an Teilnehmenden erreicht.',
  'meetingWatch.full.fix': 'Wählen Sie später „Erneut beitreten“.',
  'meetingWatch.rejoinFailed.title': 'Neue Verbindung nicht möglich',
  'meetingWatch.rejoinFailed.message':
    'Ihr Zugang zur Besprechung ist abgelaufen, und es kam kein neuer ({cause}).',
  'meetingWatch.rejoinFailed.fix': 'Wählen Sie „Erneut beitreten“, um es noch einmal zu versuchen.',
  'meetingWatch.limit.title': 'Die Verbindung wurde unterbrochen',
  'meetingWatch.limit.message': {
    one: 'Ihr Zugang zur Besprechung ist abgelaufen, und der Launcher hat Sie in 10 Minuten bereits einmal neu verbunden.',
    other:
      'Ihr Zugang zur Besprechung ist abgelaufen, und der Launcher hat Sie in 10 Minuten bereits {count}-mal neu verbunden.',
  },
  'meetingWatch.limit.fix':
    'Wählen Sie „Erneut beitreten“, um mit einem neuen Zugang wieder teilzunehmen.',
  'meetingWatch.ended.title': 'Die Besprechung wurde beendet',
  'meetingWatch.ended.message':
    'Eine Moderatorin oder ein Moderator hat diese Besprechung für alle beendet.',
};
