import type { Translation } from '../../message.ts';
import type { messages as english } from '../en/start.ts';

export const messages: Translation<typeof english> = {
  'app.loading': 'Chargement…',
  'app.partFailed': 'Une partie du lanceur ne s’est pas chargée. Rechargez la page.',
  'join.title': 'Rejoindre une réunion',
  'join.refusedDomain':
    'Le lien indique le serveur de réunion {domain}, que ce lanceur n’utilise pas : aucun jeton n’y est envoyé.',
  'join.room': 'Salle',
  'join.name': 'Votre nom',
  'join.email': 'E-mail',
  'join.optional': '(facultatif)',
  'join.serverLabel': 'Serveur de réunion',
  'join.chooseServer': 'Choisissez un serveur',
  'join.server': 'Serveur de réunion : {domain}',
  'join.submit': 'Rejoindre',
  'join.joining': 'Connexion…',
  'join.cancel': 'Annuler',
  'join.connecting': 'Obtention de votre jeton et connexion à {domain}…',
};
