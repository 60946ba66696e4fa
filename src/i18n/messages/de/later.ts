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
  'left.joinAnother': 'Anderen Raum wählen',
  'framing.title': 'Dieser Besprechungsdienst kann nicht innerhalb dieser Seite verwendet werden',
  'framing.noParents':
    'Er wird innerhalb von {origin} angezeigt und ist nicht dafür eingerichtet, Teil anderer Seiten zu sein.',
  'framing.noParentsUnnamed':
    'Er wird innerhalb einer anderen Seite angezeigt und ist nicht dafür eingerichtet, Teil anderer Seiten zu sein.',
  'framing.notAllowed':
    'Er wird innerhalb von {origin} angezeigt, und diese Seite gehört nicht zu denen, die ihn anzeigen dürfen.',
  'framing.notAllowedUnnamed':
    'Er wird innerhalb einer anderen Seite angezeigt, die nicht zu denen gehört, die ihn anzeigen dürfen.',
  'framing.unknown':
    'Er wird innerhalb einer anderen Seite angezeigt, und dieser Browser verrät nicht, welche; daher lässt sich nicht prüfen, ob sie ihn anzeigen darf.',
  'framing.risk':
    'Eine Seite, die den Besprechungsdienst versteckt, könnte mit einem Klick in Ihrem Namen einer Besprechung beitreten.',
  'framing.openOwnTab': 'Besprechungsdienst in einem eigenen Tab öffnen',
  'configError.title': 'Diese Seite ist nicht richtig eingerichtet',
  'configError.plain':
    'Teilnehmen ist erst möglich, wenn das behoben ist: Senden Sie die Adresse dieser Seite an die Administration der Website.',
  'configError.plainRetry':
    'Die Seite konnte nicht laden, was sie braucht: Prüfen Sie Ihre Verbindung und wählen Sie dann „Erneut versuchen“.',
  'configError.forOperator': 'Für die Administration der Website',
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
  'meetingWatch.rejoining': 'Verbindung wird mit einem neuen Zugang wiederhergestellt\u00a0…',
  'meetingWatch.rejoin': 'Erneut teilnehmen',
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
    'Der Besprechungsserver hat den Zugang abgelehnt, den diese Seite für Sie erhalten hat.',
  'meetingWatch.login.fix':
    'Wählen Sie „Erneut teilnehmen“ für einen neuen Zugang. Wenn es wieder passiert, senden Sie die Details an die Administration der Website.',
  'meetingWatch.room.title': 'Kein Zutritt zu diesem Raum',
  'meetingWatch.room.message':
    'Der Besprechungsserver hat Ihren Zugang angenommen, aber nicht für diesen Raum.',
  'meetingWatch.room.fix':
    'Prüfen Sie den Raumnamen und senden Sie dann die Details an die Administration der Website.',
  'meetingWatch.lobbyDenied.title': 'Nicht hereingelassen',
  'meetingWatch.lobbyDenied.message':
    'Eine Moderatorin oder ein Moderator hat Ihre Beitrittsanfrage abgelehnt.',
  'meetingWatch.lobbyDenied.fix':
    'Bitten Sie die Person, die eingeladen hat, Sie hereinzulassen, und wählen Sie dann „Erneut teilnehmen“.',
  'meetingWatch.full.title': 'Die Besprechung ist voll',
  'meetingWatch.full.message': 'Die Besprechung hat die Höchstzahl an Teilnehmenden erreicht.',
  'meetingWatch.full.fix': 'Wählen Sie später „Erneut teilnehmen“.',
  'meetingWatch.rejoinFailed.title': 'Neue Verbindung nicht möglich',
  'meetingWatch.rejoinFailed.message':
    'Ihr Zugang zur Besprechung ist abgelaufen, und es kam kein neuer ({cause}).',
  'meetingWatch.rejoinFailed.fix':
    'Wählen Sie „Erneut teilnehmen“, um es noch einmal zu versuchen.',
  'meetingWatch.limit.title': 'Die Verbindung wurde unterbrochen',
  'meetingWatch.limit.message': {
    one: 'Ihr Zugang zur Besprechung ist abgelaufen, und Sie wurden in 10 Minuten bereits einmal neu verbunden.',
    other:
      'Ihr Zugang zur Besprechung ist abgelaufen, und Sie wurden in 10 Minuten bereits {count}-mal neu verbunden.',
  },
  'meetingWatch.limit.fix':
    'Wählen Sie „Erneut teilnehmen“, um mit einem neuen Zugang wieder teilzunehmen.',
  'meetingWatch.ended.title': 'Die Besprechung wurde beendet',
  'meetingWatch.ended.message':
    'Eine Moderatorin oder ein Moderator hat diese Besprechung für alle beendet.',
  'error.choose-server.title': 'Besprechungsserver wählen',
  'error.choose-server.message':
    'Wählen Sie einen Besprechungsserver aus der Liste und dann „Teilnehmen“.',
  'error.enter-room.title': 'Raumnamen eingeben',
  'error.enter-room.message':
    'Geben Sie den Namen des Besprechungsraums ein und wählen Sie dann „Teilnehmen“.',
  'error.check-room.title': 'Raumnamen prüfen',
  'error.check-room.message':
    'Dieser Raumname ist nicht möglich: Ändern Sie ihn und wählen Sie dann „Teilnehmen“.',
  'error.enter-name.title': 'Namen eingeben',
  'error.enter-name.message':
    'Geben Sie den Namen ein, den die anderen sehen, und wählen Sie dann „Teilnehmen“.',
  'error.sign-in.title': 'Zum Teilnehmen anmelden',
  'error.sign-in.message':
    'Sie müssen sich anmelden, bevor Sie teilnehmen können: Wählen Sie „Anmelden“.',
  'error.sign-in-elsewhere.title': 'Zum Teilnehmen anmelden',
  'error.sign-in-elsewhere.message':
    'Melden Sie sich in diesem Browser auf der Website Ihrer Organisation an und wählen Sie dann „Erneut versuchen“.',
  'error.not-allowed.title': 'Sie können an dieser Besprechung nicht teilnehmen',
  'error.not-allowed.message':
    'Ihr Konto darf an dieser Besprechung nicht teilnehmen: Fragen Sie die Person, die Sie eingeladen hat.',
  'error.set-up.title': 'Diese Seite ist nicht richtig eingerichtet',
  'error.set-up.message':
    'Teilnehmen ist erst möglich, wenn das behoben ist: Senden Sie die Details unten an Ihren Administrator.',
  'error.busy.title': 'Zu viele Personen treten gerade bei',
  'error.busy.message': 'Warten Sie eine Minute und wählen Sie dann „Erneut versuchen“.',
  'error.unavailable.title': 'Teilnehmen ist gerade nicht möglich',
  'error.unavailable.message': 'Warten Sie einen Moment und wählen Sie dann „Erneut versuchen“.',
  'error.slow.title': 'Das dauert zu lange',
  'error.slow.message': 'Die Antwort kam nicht rechtzeitig: Wählen Sie „Erneut versuchen“.',
  'error.offline.title': 'Keine Verbindung',
  'error.offline.message':
    'Prüfen Sie, ob Sie mit dem Internet oder dem Netzwerk Ihrer Organisation verbunden sind, und wählen Sie dann „Erneut versuchen“.',
  'error.signed-out.title': 'Sie wurden möglicherweise abgemeldet',
  'error.signed-out.message':
    'Melden Sie sich in diesem Browser auf der Website Ihrer Organisation an und wählen Sie dann „Erneut versuchen“.',
  'error.refused.title': 'Die Besprechung würde Sie nicht einlassen',
  'error.refused.message':
    'Ihr Zugang zu diesem Raum konnte nicht bestätigt werden: Senden Sie die Details unten an Ihren Administrator.',
  'error.expired.title': 'Ihr Zugang ist abgelaufen',
  'error.expired.message':
    'Prüfen Sie, ob Datum und Uhrzeit auf diesem Gerät stimmen, und wählen Sie dann „Erneut versuchen“; wenn sie stimmen, senden Sie die Details unten an Ihren Administrator.',
  'error.incomplete.title': 'Die Seite wurde nicht vollständig geladen',
  'error.incomplete.message': 'Prüfen Sie Ihre Verbindung und wählen Sie dann „Erneut versuchen“.',
  'error.no-access.title': 'Kein Zugang zur Besprechung',
  'error.no-access.message':
    'Wählen Sie „Erneut versuchen“; wenn es wieder passiert, senden Sie die Details unten an Ihren Administrator.',
  'error.cancelled.title': 'Teilnahme abgebrochen',
  'error.cancelled.message': 'Wählen Sie „Erneut versuchen“, um teilzunehmen.',
  'error.server-unreachable.title': 'Der Besprechungsserver ist nicht erreichbar',
  'error.server-unreachable.message':
    'Prüfen Sie Ihre Verbindung und wählen Sie dann „Erneut versuchen“.',
  'error.server-slow.title': 'Der Besprechungsserver antwortet zu langsam',
  'error.server-slow.message': 'Warten Sie einen Moment und wählen Sie dann „Erneut versuchen“.',
  'error.unexpected.title': 'Etwas ist schiefgegangen',
  'error.unexpected.message':
    'Wählen Sie „Erneut versuchen“; wenn es wieder passiert, laden Sie die Seite neu.',
  'error.detail.happened': 'Was passiert ist',
  'error.detail.fix': 'So beheben Sie es',
  'error.detail.server': 'Der Besprechungsserver würde antworten',
  'error.detail.check': 'Fehlgeschlagene Prüfung',
  'error.detail.status': 'HTTP-Status',
  'error.detail.address': 'Adresse',
  'error.detail.code': 'Fehlercode',
  'error.detail.line': '{label}: {value}',
  'error.retry': 'Erneut versuchen',
  'error.signIn': 'Anmelden',
  'error.otherServer': 'Anderen Besprechungsserver wählen',
  'error.details': 'Details für Ihren Administrator',
  'error.copy': 'Details kopieren',
  'error.copied': 'Kopiert. Fügen Sie die Details in Ihre Nachricht an Ihren Administrator ein.',
  'error.cannotCopy':
    'Diese Seite kann nicht kopieren: Markieren Sie die Details oben und kopieren Sie sie selbst.',
  'error.help': 'Brauchen Sie Hilfe?',
  'error.popup':
    'Schließen Sie die Anmeldung im geöffneten Fenster ab: Diese Seite macht dann von selbst weiter.',
  'error.blocked':
    'Ihr Browser hat das Anmeldefenster blockiert. Öffnen Sie die Anmeldeseite, melden Sie sich an und kommen Sie dann hierher zurück.',
  'error.openSignIn': 'Anmeldeseite öffnen',
};
