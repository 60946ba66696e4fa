import type { DecodedToken } from '../core/types.ts';

/** `context.user.name` of a token, when it is a non-empty string. */
export function tokenUserName(decoded: DecodedToken): string | undefined {
  let value: unknown = decoded.payload;
  for (const key of ['context', 'user', 'name']) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = Reflect.get(value, key);
  }
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
