import type { StateCreator } from 'zustand/vanilla';
import type { ConfigError, LauncherConfig } from '../config/launcher-config.ts';
import type { Result } from '../core/types.ts';
import type { FramingVerdict } from '../lib/framing-verdict.ts';
import type { JoinForm } from '../meeting/join-form.ts';
import type { LauncherDeps, LauncherState } from './launcher-store.ts';

export type ConfigState =
  | { status: 'loading' }
  | { status: 'error'; error: ConfigError }
  | { status: 'ready'; config: LauncherConfig };

/** config.json, the join form it fills, and whether the page framing the launcher may show it. */
export interface ConfigSlice {
  config: ConfigState;
  form: JoinForm;
  /** Set when a link named a domain outside the allow-list. */
  refusedDomain?: string;
  /** The link asked to join at once (`?autojoin=1`). */
  autoJoin?: boolean;
  /**
   * Whether the page it is framed in (if any) may show it; refused, nothing joins. Undefined
   * while it is being checked (only in a frame or for `?autojoin=1`: that code is fetched then).
   */
  framing: FramingVerdict | undefined;
  configLoaded(result: Result<LauncherConfig, ConfigError>): void;
  /** Reads config.json (again, after a config error): "Loading…" until it is read. */
  reloadConfig(): Promise<void>;
  setField(field: keyof JoinForm, value: string): void;
}

const ALLOWED: FramingVerdict = { allowed: true };

/** The pages config.json allows to frame the launcher. */
function parentOrigins(config: LauncherConfig): string[] {
  return config.embed?.parentOrigins ?? [];
}

/**
 * A portal's link (`?autojoin=1`) or config `autoJoin` joins without the form when everything
 * the form would ask for is known; otherwise the form shows as usual. The link is obeyed only
 * when it came from the launcher's own site or a page in `embed.parentOrigins`: from anywhere
 * else it would join a room of someone else's choosing in the user's name without a click.
 */
function shouldJoinAtOnce(config: LauncherConfig, state: LauncherState, linked: boolean): boolean {
  if (config.mode !== 'endpoint' || state.refusedDomain !== undefined) return false;
  if (config.autoJoin !== true && !linked) return false;
  const { room, displayName } = state.form;
  const nameNeeded = (config.displayName ?? 'required') === 'required';
  return room.trim() !== '' && (!nameNeeded || displayName.trim() !== '');
}

export function createConfigSlice(
  deps: LauncherDeps,
): StateCreator<LauncherState, [], [], ConfigSlice> {
  return (set, get) => ({
    config: { status: 'loading' },
    form: {
      room: deps.deepLink?.room ?? '',
      displayName: deps.deepLink?.name ?? deps.names.load(),
      email: deps.deepLink?.email ?? '',
      domain: deps.deepLink?.domain ?? '',
    },
    framing: ALLOWED,
    ...(deps.deepLink?.autoJoin === true ? { autoJoin: true } : {}),

    configLoaded(result) {
      if (!result.ok) {
        set({ config: { status: 'error', error: result.error } });
        return;
      }
      const config = result.value;
      const facts = deps.framing;
      const check = facts !== undefined && (facts.framed || get().autoJoin === true);
      set({ framing: check ? undefined : ALLOWED });
      const asked = get().form.domain;
      const first = config.domains[0] ?? '';
      if (asked === '' || config.domains.includes(asked)) {
        set({
          config: { status: 'ready', config },
          form: { ...get().form, domain: asked === '' ? first : asked },
        });
      } else {
        set({
          config: { status: 'ready', config },
          form: { ...get().form, domain: '' },
          refusedDomain: asked,
        });
      }
      if (!check) {
        if (shouldJoinAtOnce(config, get(), false)) void get().join();
        return;
      }
      // Rare (a frame, a link asking to join at once): its code is not on the join screen's path.
      const parents = parentOrigins(config);
      void import('../lib/framing-verdict.ts').then(
        ({ framingVerdict, openedByTrustedPage }) => {
          set({ framing: framingVerdict(facts, parents) });
          const linked = get().autoJoin === true && openedByTrustedPage(facts, parents);
          if (shouldJoinAtOnce(config, get(), linked)) void get().join();
        },
        () =>
          set({ framing: facts.framed ? { allowed: false, reason: 'parent-unknown' } : ALLOWED }),
      );
    },

    async reloadConfig() {
      if (deps.loadConfig === undefined) return;
      set({ config: { status: 'loading' } });
      get().configLoaded(await deps.loadConfig());
    },

    setField(field, value) {
      set({ form: { ...get().form, [field]: value } });
    },
  });
}
