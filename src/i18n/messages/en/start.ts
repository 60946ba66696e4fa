import type { Messages } from '../../message.ts';

/**
 * English, the part the first screen needs (loading, the join screen): in the main chunk, and
 * the fallback for every language. Shown later (errors, meeting, config error): later.ts.
 */
export const messages = {
  'app.loading': 'Loading…',
  'app.partFailed': 'Part of this page did not load. Reload the page.',
  'join.title': 'Join a meeting',
  'join.refusedDomain':
    'The link points to {domain}, a meeting server this page does not use: choose one from the list below.',
  'join.room': 'Room',
  'join.name': 'Your name',
  'join.email': 'Email',
  'join.optional': '(optional)',
  'join.serverLabel': 'Meeting server',
  'join.chooseServer': 'Choose a server',
  'join.server': 'Meeting server: {domain}',
  'join.submit': 'Join',
  'join.joining': 'Joining…',
  'join.cancel': 'Cancel',
  'join.connecting': 'Connecting to {domain}…',
} as const satisfies Messages;
