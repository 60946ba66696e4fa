import type { LauncherConfig } from '../config/launcher-config.ts';
import { roomNameProblem } from '../core/room-name-problem.ts';
import type { Result } from '../core/types.ts';
import type { TokenRequest } from '../token-source/token-source.ts';
import type { InputError } from './join-error.ts';
import type { JoinForm } from './join-form.ts';

/** Checks the join form before anything is fetched; the domain must be on the allow-list. */
export function validateJoinForm(
  form: JoinForm,
  config: LauncherConfig,
): Result<TokenRequest, InputError> {
  const domain = form.domain.trim().toLowerCase();
  if (!config.domains.includes(domain)) {
    return {
      ok: false,
      error: {
        kind: 'domain-not-allowed',
        domain,
        allowed: config.domains,
        message:
          domain === ''
            ? `Choose a meeting server: ${config.domains.join(', ')}.`
            : `${domain} is not one of this launcher's meeting servers (${config.domains.join(', ')}), so no token is sent there.`,
      },
    };
  }
  const room = form.room.trim();
  if (room === '')
    return {
      ok: false,
      error: { kind: 'room-missing', message: 'Enter the name of the room to join.' },
    };
  const problem = roomNameProblem(room);
  if (problem !== undefined)
    return { ok: false, error: { kind: 'room-invalid', message: problem } };
  const request: TokenRequest = { room, domain };
  const nameMode = config.displayName ?? 'required';
  // With "fromToken" the endpoint knows who the user is: it is asked with the room only.
  if (nameMode !== 'fromToken') {
    const displayName = form.displayName.trim();
    if (displayName === '' && nameMode === 'required') {
      return {
        ok: false,
        error: { kind: 'name-missing', message: 'Enter the name the others will see.' },
      };
    }
    if (displayName !== '') request.displayName = displayName;
    const email = form.email.trim();
    if (email !== '') request.email = email;
  }
  if (config.tenant !== undefined) request.tenant = config.tenant;
  return { ok: true, value: request };
}
