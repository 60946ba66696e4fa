import type { ErrorDetail, ErrorWords } from './describe-join-error.ts';

/** The title and the one sentence of each failed join, in English. */
export const ERROR_WORDS: Record<ErrorWords, [title: string, message: string]> = {
  'choose-server': [
    'Choose a meeting server',
    'Choose a meeting server from the list, then select Join.',
  ],
  'enter-room': ['Enter the room name', 'Type the name of the meeting room, then select Join.'],
  'check-room': [
    'Check the room name',
    'A room name cannot contain / ? # or \\ and cannot be only dots: change it, then select Join.',
  ],
  'enter-name': ['Enter your name', 'Type the name the others will see, then select Join.'],
  'sign-in': ['Sign in to join', 'You need to sign in before you can join: select Sign in.'],
  'sign-in-elsewhere': [
    'Sign in to join',
    "Sign in to your organisation's website in this browser, then select Try again.",
  ],
  'not-allowed': [
    'You cannot join this meeting',
    'Your account is not allowed to join this meeting: ask the person who invited you.',
  ],
  'set-up': [
    'This page is not set up correctly',
    'Joining cannot work until it is fixed: send the details below to your administrator.',
  ],
  busy: ['Too many people are joining', 'Wait a minute, then select Try again.'],
  unavailable: ['Joining is not available right now', 'Wait a moment, then select Try again.'],
  slow: ['This is taking too long', 'The answer did not come in time: select Try again.'],
  offline: [
    'Could not connect',
    "Check that you are connected to the internet or to your organisation's network, then select Try again.",
  ],
  'signed-out': [
    'You may have been signed out',
    "Sign in to your organisation's website in this browser, then select Try again.",
  ],
  refused: [
    'The meeting would not let you in',
    'Your access to this room could not be confirmed: send the details below to your administrator.',
  ],
  expired: [
    'Your access has run out',
    'Check that the date and time on this device are right, then reload the page; if they are, send the details below to your administrator.',
  ],
  incomplete: ['The page did not load completely', 'Check your connection, then select Try again.'],
  'no-access': [
    'Could not get access to the meeting',
    'Select Try again; if it keeps happening, send the details below to your administrator.',
  ],
  cancelled: ['Joining was cancelled', 'Select Try again to join.'],
  'server-unreachable': [
    'The meeting server cannot be reached',
    'Check your connection, then select Try again.',
  ],
  'server-slow': ['The meeting server is too slow', 'Wait a moment, then select Try again.'],
  unexpected: ['Something went wrong', 'Select Try again; if it keeps happening, reload the page.'],
};

/** The labels of the technical details. */
export const DETAIL_LABELS: Record<ErrorDetail['label'], string> = {
  happened: 'What happened',
  fix: 'How to fix it',
  server: 'The meeting server would answer',
  check: 'Failed check',
  status: 'HTTP status',
  address: 'Address',
  code: 'Error code',
};

/** The notice's buttons and status lines. */
export const NOTICE_WORDS = {
  retry: 'Try again',
  signIn: 'Sign in',
  otherServer: 'Choose another meeting server',
  details: 'Details for your administrator',
  copy: 'Copy details',
  copied: 'Copied. Paste the details into your message to your administrator.',
  cannotCopy: 'This page cannot copy: select the details above and copy them yourself.',
  help: 'Need help?',
  popup: 'Finish signing in in the window that opened: this page carries on by itself.',
  blocked:
    'Your browser blocked the sign-in window. Open the sign-in page, sign in, then come back here.',
  openSignIn: 'Open the sign-in page',
};
