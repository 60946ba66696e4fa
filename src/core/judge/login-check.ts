import type { Check } from '../types.ts';
import { makeCheck } from './make-check.ts';

/** A check of the login (SASL) stage. */
export const loginCheck = (
  id: string,
  status: Check['status'],
  title: string,
  message: string,
  extras?: Parameters<typeof makeCheck>[5],
): Check => makeCheck(id, 'login', status, title, message, extras);
