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
};
