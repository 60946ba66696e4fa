import type { Translation } from '../../message.ts';
import type { messages as english } from '../en/later.ts';

export const messages: Translation<typeof english> = {
  'meeting.onDomain': 'sur {domain}',
  'meeting.leave': 'Quitter',
  'meeting.scriptFailed':
    'La réunion n’a pas pu démarrer. Choisissez « Quitter », puis « Rejoindre à nouveau ».',
  'meeting.token': 'Jeton',
  'meeting.tokenPanelFailed': 'Le panneau du jeton n’a pas pu s’afficher ; la réunion continue.',
  'left.title': 'Vous avez quitté {room}',
  'left.rejoin': 'Rejoindre à nouveau',
  'left.joinAnother': 'Rejoindre une autre salle',
  'configError.title': 'Le lanceur n’est pas configuré correctement',
  'configError.missing':
    '{url} a répondu {status} : la configuration d’exécution est absente. Placez config.json à côté de index.html (voir « Configuration » dans le README).',
  'configError.unreachable':
    'Le lanceur n’a pas pu lire {url} ni charger son propre code : le serveur n’a pas répondu. Rechargez la page.',
  'configError.timeout':
    '{url} n’est pas arrivé en {seconds} s : le serveur web qui héberge le lanceur ne répond pas. Réessayez dans un instant.',
  'configError.tooLarge':
    '{url} dépasse {mebibytes} Mio : ce n’est donc pas la configuration du lanceur, et il n’a pas été lu. Placez le config.json du lanceur (quelques ko) à côté de index.html.',
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
    'L’exploitant de ce site modifie {configFile} à côté de {indexFile} ; aucune recompilation n’est nécessaire. Rechargez cette page après la modification.',
  'meetingWatch.rejoining': 'Reconnexion avec un nouvel accès…',
  'meetingWatch.rejoin': 'Rejoindre',
  'meetingWatch.lobby.title': "En salle d'attente",
  'meetingWatch.lobby.message':
    "Cette réunion a une salle d'attente : un modérateur vous fera entrer. Veuillez patienter ici.",
  'meetingWatch.host.title': "En attente de l'hôte",
  'meetingWatch.host.message':
    'La réunion commence quand un modérateur la rejoint. Veuillez patienter ici.',
  'meetingWatch.password.title': 'Cette réunion a un mot de passe',
  'meetingWatch.password.message':
    "Saisissez le mot de passe de la réunion dans la réunion ci-dessous. Si vous ne l'avez pas, demandez-le à l'organisateur.",
  'meetingWatch.login.title': "Le serveur de réunion n'a pas accepté votre accès",
  'meetingWatch.login.message':
    "Le serveur de réunion a refusé l'accès que le lanceur a obtenu pour vous.",
  'meetingWatch.login.fix':
    "Choisissez Rejoindre pour obtenir un nouvel accès. Si cela se reproduit, envoyez les détails à l'administrateur du site.",
  'meetingWatch.room.title': 'Accès refusé à cette salle',
  'meetingWatch.room.message':
    'Le serveur de réunion a accepté votre accès, mais pas pour cette salle.',
  'meetingWatch.room.fix':
    "Vérifiez le nom de la salle, puis envoyez les détails à l'administrateur du site.",
  'meetingWatch.lobbyDenied.title': 'Entrée refusée',
  'meetingWatch.lobbyDenied.message':
    'Un modérateur a refusé votre demande pour rejoindre la réunion.',
  'meetingWatch.lobbyDenied.fix':
    "Demandez à l'organisateur de vous faire entrer, puis choisissez Rejoindre.",
  'meetingWatch.full.title': 'La réunion est complète',
  'meetingWatch.full.message': 'La réunion a atteint son nombre maximal de participants.',
  'meetingWatch.full.fix': 'Choisissez Rejoindre plus tard.',
  'meetingWatch.rejoinFailed.title': 'Reconnexion impossible',
  'meetingWatch.rejoinFailed.message':
    "Votre accès à la réunion a expiré et aucun nouvel accès n'a été obtenu ({cause}).",
  'meetingWatch.rejoinFailed.fix': 'Choisissez Rejoindre pour réessayer.',
  'meetingWatch.limit.title': 'La connexion a été perdue',
  'meetingWatch.limit.message': {
    one: 'Votre accès à la réunion a expiré, et le lanceur vous a déjà reconnecté une fois en 10 minutes.',
    many: 'Votre accès à la réunion a expiré, et le lanceur vous a déjà reconnecté {count} de fois en 10 minutes.',
    other:
      'Votre accès à la réunion a expiré, et le lanceur vous a déjà reconnecté {count} fois en 10 minutes.',
  },
  'meetingWatch.limit.fix': 'Choisissez Rejoindre pour revenir avec un nouvel accès.',
  'meetingWatch.ended.title': 'La réunion est terminée',
  'meetingWatch.ended.message': 'Un modérateur a mis fin à cette réunion pour tout le monde.',
};
