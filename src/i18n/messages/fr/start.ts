import type { Translation } from '../../message.ts';
import type { messages as english } from '../en/start.ts';

export const messages: Translation<typeof english> = {
  'app.loading': 'Chargement…',
  'app.partFailed': 'Une partie de cette page ne s’est pas chargée. Rechargez la page.',
  'join.title': 'Rejoindre une réunion',
  'join.refusedDomain':
    'Le lien mène à {domain}, un serveur de réunion que cette page n’utilise pas\u00a0: choisissez-en un dans la liste ci-dessous.',
  'join.room': 'Salle',
  'join.name': 'Votre nom',
  'join.email': 'E-mail',
  'join.optional': '(facultatif)',
  'join.serverLabel': 'Serveur de réunion',
  'join.chooseServer': 'Choisissez un serveur',
  'join.server': 'Serveur de réunion\u00a0: {domain}',
  'join.submit': 'Rejoindre',
  'join.joining': 'Connexion…',
  'join.cancel': 'Annuler',
  'join.connecting': 'Connexion à {domain}…',
};
