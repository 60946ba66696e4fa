import type { Translation } from '../../message.ts';
import type { messages as english } from '../en/start.ts';

export const messages: Translation<typeof english> = {
  'app.loading': 'Wird geladen\u00a0…',
  'app.partFailed': 'Ein Teil dieser Seite wurde nicht geladen. Laden Sie die Seite neu.',
  'join.title': 'An einer Besprechung teilnehmen',
  'join.refusedDomain':
    'Der Link verweist auf {domain}, einen Besprechungsserver, den diese Seite nicht verwendet: Wählen Sie unten einen aus der Liste.',
  'join.room': 'Raum',
  'join.name': 'Ihr Name',
  'join.email': 'E-Mail',
  'join.optional': '(optional)',
  'join.serverLabel': 'Besprechungsserver',
  'join.chooseServer': 'Server wählen',
  'join.server': 'Besprechungsserver: {domain}',
  'join.submit': 'Teilnehmen',
  'join.joining': 'Wird verbunden\u00a0…',
  'join.cancel': 'Abbrechen',
  'join.connecting': 'Verbindung zu {domain} wird hergestellt\u00a0…',
};
