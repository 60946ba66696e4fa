import type { Translation } from '../../message.ts';
import type { messages as english } from '../en/later.ts';

export const messages: Translation<typeof english> = {
  'meeting.onDomain': 'sur {domain}',
  'meeting.leave': 'Quitter',
  'meeting.scriptFailed':
    'La réunion n’a pas pu démarrer. Choisissez «\u00a0Quitter\u00a0», puis «\u00a0Rejoindre à nouveau\u00a0».',
  'meeting.token': 'Jeton',
  'meeting.tokenPanelFailed':
    'Le panneau du jeton n’a pas pu s’afficher\u00a0; la réunion continue.',
  'left.title': 'Vous avez quitté {room}',
  'left.rejoin': 'Rejoindre à nouveau',
  'left.joinAnother': 'Rejoindre une autre salle',
  'framing.title': 'Ce service de réunion ne peut pas être utilisé dans cette page',
  'framing.noParents':
    'Il est affiché dans {origin}, et il n’est pas configuré pour faire partie d’autres pages.',
  'framing.noParentsUnnamed':
    'Il est affiché dans une autre page, et il n’est pas configuré pour faire partie d’autres pages.',
  'framing.notAllowed':
    'Il est affiché dans {origin}, qui ne fait pas partie des pages autorisées à l’afficher.',
  'framing.notAllowedUnnamed':
    'Il est affiché dans une autre page, qui ne fait pas partie des pages autorisées à l’afficher.',
  'framing.unknown':
    'Il est affiché dans une autre page, et ce navigateur ne dit pas laquelle\u00a0: impossible de vérifier qu’elle est autorisée à l’afficher.',
  'framing.risk':
    'Une page qui cache le service de réunion pourrait, d’un seul clic, vous faire rejoindre une réunion en votre nom.',
  'framing.openOwnTab': 'Ouvrir le service de réunion dans son propre onglet',
  'configError.title': 'Cette page n’est pas configurée correctement',
  'configError.plain':
    'Impossible de rejoindre tant que ce n’est pas corrigé\u00a0: envoyez l’adresse de cette page à l’administrateur du site.',
  'configError.plainRetry':
    'La page n’a pas pu charger ce dont elle a besoin\u00a0: vérifiez votre connexion, puis choisissez «\u00a0Réessayer\u00a0».',
  'configError.forOperator': 'Pour l’administrateur du site',
  'configError.missing':
    '{url} a répondu {status}\u00a0: la configuration d’exécution est absente. Placez config.json à côté de index.html (voir «\u00a0Configuration\u00a0» dans le README).',
  'configError.unreachable':
    'Le lanceur n’a pas pu lire {url} ni charger son propre code\u00a0: le serveur n’a pas répondu. Rechargez la page.',
  'configError.timeout':
    '{url} n’est pas arrivé en {seconds} s\u00a0: le serveur web qui héberge le lanceur ne répond pas. Réessayez dans un instant.',
  'configError.tooLarge':
    '{url} dépasse {mebibytes} Mio\u00a0: ce n’est donc pas la configuration du lanceur, et il n’a pas été lu. Placez le config.json du lanceur (quelques ko) à côté de index.html.',
  'configError.retry': 'Réessayer',
  'configError.notJson':
    '{url} n’est pas du JSON valide. Cherchez une virgule ou un guillemet manquant, ou un commentaire (JSON n’en a pas).',
  'configError.invalid': {
    one: '{url} a {count} problème à corriger.',
    many: '{url} a {count} de problèmes à corriger.',
    other: '{url} a {count} problèmes à corriger.',
  },
  'configError.fieldsCaption': 'Champs à corriger dans {url}',
  'configError.field': 'Champ',
  'configError.problem': 'Problème',
  'configError.fix': 'Correction',
  'configError.operator':
    'L’exploitant de ce site modifie {configFile} à côté de {indexFile}\u00a0; aucune recompilation n’est nécessaire. Rechargez cette page après la modification.',
  'meetingWatch.rejoining': 'Reconnexion avec un nouvel accès…',
  'meetingWatch.rejoin': 'Rejoindre à nouveau',
  'meetingWatch.lobby.title': 'En salle d’attente',
  'meetingWatch.lobby.message':
    'Cette réunion a une salle d’attente\u00a0: un modérateur vous fera entrer. Veuillez patienter ici.',
  'meetingWatch.host.title': 'En attente de l’hôte',
  'meetingWatch.host.message':
    'La réunion commence quand un modérateur la rejoint. Veuillez patienter ici.',
  'meetingWatch.password.title': 'Cette réunion a un mot de passe',
  'meetingWatch.password.message':
    'Saisissez le mot de passe de la réunion dans la réunion ci-dessous. Si vous ne l’avez pas, demandez-le à l’organisateur.',
  'meetingWatch.login.title': 'Le serveur de réunion n’a pas accepté votre accès',
  'meetingWatch.login.message':
    'Le serveur de réunion a refusé l’accès que cette page a obtenu pour vous.',
  'meetingWatch.login.fix':
    'Choisissez «\u00a0Rejoindre à nouveau\u00a0» pour obtenir un nouvel accès. Si cela se reproduit, envoyez les détails à l’administrateur du site.',
  'meetingWatch.room.title': 'Accès refusé à cette salle',
  'meetingWatch.room.message':
    'Le serveur de réunion a accepté votre accès, mais pas pour cette salle.',
  'meetingWatch.room.fix':
    'Vérifiez le nom de la salle, puis envoyez les détails à l’administrateur du site.',
  'meetingWatch.lobbyDenied.title': 'Entrée refusée',
  'meetingWatch.lobbyDenied.message':
    'Un modérateur a refusé votre demande pour rejoindre la réunion.',
  'meetingWatch.lobbyDenied.fix':
    'Demandez à l’organisateur de vous faire entrer, puis choisissez «\u00a0Rejoindre à nouveau\u00a0».',
  'meetingWatch.full.title': 'La réunion est complète',
  'meetingWatch.full.message': 'La réunion a atteint son nombre maximal de participants.',
  'meetingWatch.full.fix': 'Choisissez «\u00a0Rejoindre à nouveau\u00a0» plus tard.',
  'meetingWatch.rejoinFailed.title': 'Reconnexion impossible',
  'meetingWatch.rejoinFailed.message':
    'Votre accès à la réunion a expiré et aucun nouvel accès n’a été obtenu ({cause}).',
  'meetingWatch.rejoinFailed.fix': 'Choisissez «\u00a0Rejoindre à nouveau\u00a0» pour réessayer.',
  'meetingWatch.limit.title': 'La connexion a été perdue',
  'meetingWatch.limit.message': {
    one: 'Votre accès à la réunion a expiré, et vous avez déjà été reconnecté une fois en 10 minutes.',
    many: 'Votre accès à la réunion a expiré, et vous avez déjà été reconnecté {count} de fois en 10 minutes.',
    other:
      'Votre accès à la réunion a expiré, et vous avez déjà été reconnecté {count} fois en 10 minutes.',
  },
  'meetingWatch.limit.fix':
    'Choisissez «\u00a0Rejoindre à nouveau\u00a0» pour revenir avec un nouvel accès.',
  'meetingWatch.ended.title': 'La réunion est terminée',
  'meetingWatch.ended.message': 'Un modérateur a mis fin à cette réunion pour tout le monde.',
  'error.choose-server.title': 'Choisissez un serveur de réunion',
  'error.choose-server.message':
    'Choisissez un serveur de réunion dans la liste, puis «\u00a0Rejoindre\u00a0».',
  'error.enter-room.title': 'Saisissez le nom de la salle',
  'error.enter-room.message':
    'Saisissez le nom de la salle de réunion, puis choisissez «\u00a0Rejoindre\u00a0».',
  'error.check-room.title': 'Vérifiez le nom de la salle',
  'error.check-room.message':
    'Ce nom de salle n’est pas possible\u00a0: modifiez-le, puis choisissez «\u00a0Rejoindre\u00a0».',
  'error.enter-name.title': 'Saisissez votre nom',
  'error.enter-name.message':
    'Saisissez le nom que les autres verront, puis choisissez «\u00a0Rejoindre\u00a0».',
  'error.sign-in.title': 'Connectez-vous pour rejoindre',
  'error.sign-in.message':
    'Vous devez vous connecter avant de rejoindre\u00a0: choisissez «\u00a0Se connecter\u00a0».',
  'error.sign-in-elsewhere.title': 'Connectez-vous pour rejoindre',
  'error.sign-in-elsewhere.message':
    'Connectez-vous au site de votre organisation dans ce navigateur, puis choisissez «\u00a0Réessayer\u00a0».',
  'error.not-allowed.title': 'Vous ne pouvez pas rejoindre cette réunion',
  'error.not-allowed.message':
    'Votre compte n’est pas autorisé à rejoindre cette réunion\u00a0: demandez à la personne qui vous a invité.',
  'error.set-up.title': 'Cette page n’est pas configurée correctement',
  'error.set-up.message':
    'Impossible de rejoindre tant que ce n’est pas corrigé\u00a0: envoyez les détails ci-dessous à votre administrateur.',
  'error.busy.title': 'Trop de personnes rejoignent en ce moment',
  'error.busy.message': 'Attendez une minute, puis choisissez «\u00a0Réessayer\u00a0».',
  'error.unavailable.title': 'Impossible de rejoindre pour le moment',
  'error.unavailable.message': 'Attendez un instant, puis choisissez «\u00a0Réessayer\u00a0».',
  'error.slow.title': 'Cela prend trop de temps',
  'error.slow.message':
    'La réponse n’est pas arrivée à temps\u00a0: choisissez «\u00a0Réessayer\u00a0».',
  'error.offline.title': 'Connexion impossible',
  'error.offline.message':
    'Vérifiez que vous êtes connecté à Internet ou au réseau de votre organisation, puis choisissez «\u00a0Réessayer\u00a0».',
  'error.signed-out.title': 'Vous avez peut-être été déconnecté',
  'error.signed-out.message':
    'Connectez-vous au site de votre organisation dans ce navigateur, puis choisissez «\u00a0Réessayer\u00a0».',
  'error.refused.title': 'La réunion ne vous laisserait pas entrer',
  'error.refused.message':
    'Votre accès à cette salle n’a pas pu être confirmé\u00a0: envoyez les détails ci-dessous à votre administrateur.',
  'error.expired.title': 'Votre accès a expiré',
  'error.expired.message':
    'Vérifiez la date et l’heure de cet appareil, puis choisissez «\u00a0Réessayer\u00a0»\u00a0; si elles sont justes, envoyez les détails ci-dessous à votre administrateur.',
  'error.incomplete.title': 'La page ne s’est pas chargée entièrement',
  'error.incomplete.message': 'Vérifiez votre connexion, puis choisissez «\u00a0Réessayer\u00a0».',
  'error.no-access.title': 'Impossible d’accéder à la réunion',
  'error.no-access.message':
    'Choisissez «\u00a0Réessayer\u00a0»\u00a0; si cela se reproduit, envoyez les détails ci-dessous à votre administrateur.',
  'error.cancelled.title': 'Connexion annulée',
  'error.cancelled.message': 'Choisissez «\u00a0Réessayer\u00a0» pour rejoindre.',
  'error.server-unreachable.title': 'Le serveur de réunion est injoignable',
  'error.server-unreachable.message':
    'Vérifiez votre connexion, puis choisissez «\u00a0Réessayer\u00a0».',
  'error.server-slow.title': 'Le serveur de réunion est trop lent',
  'error.server-slow.message': 'Attendez un instant, puis choisissez «\u00a0Réessayer\u00a0».',
  'error.unexpected.title': 'Un problème est survenu',
  'error.unexpected.message':
    'Choisissez «\u00a0Réessayer\u00a0»\u00a0; si cela se reproduit, rechargez la page.',
  'error.detail.happened': 'Ce qui s’est passé',
  'error.detail.fix': 'Comment corriger',
  'error.detail.server': 'Le serveur de réunion répondrait',
  'error.detail.check': 'Vérification échouée',
  'error.detail.status': 'Statut HTTP',
  'error.detail.address': 'Adresse',
  'error.detail.code': 'Code d’erreur',
  'error.detail.line': '{label}\u00a0: {value}',
  'error.retry': 'Réessayer',
  'error.signIn': 'Se connecter',
  'error.otherServer': 'Choisir un autre serveur de réunion',
  'error.details': 'Détails pour votre administrateur',
  'error.copy': 'Copier les détails',
  'error.copied': 'Copié. Collez les détails dans votre message à votre administrateur.',
  'error.cannotCopy':
    'Cette page ne peut pas copier\u00a0: sélectionnez les détails ci-dessus et copiez-les vous-même.',
  'error.help': 'Besoin d’aide\u00a0?',
  'error.popup':
    'Terminez la connexion dans la fenêtre qui s’est ouverte\u00a0: cette page continuera d’elle-même.',
  'error.blocked':
    'Votre navigateur a bloqué la fenêtre de connexion. Ouvrez la page de connexion, connectez-vous, puis revenez ici.',
  'error.openSignIn': 'Ouvrir la page de connexion',
};
