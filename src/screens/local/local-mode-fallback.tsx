import { useEffect } from 'preact/hooks';
import type { LauncherConfig } from '../../config/launcher-config.ts';
import type { TokenSource } from '../../meeting/token-source.ts';
import { useLauncherStore } from '../../store/use-launcher.ts';
import { JoinScreen } from '../join/join-screen.tsx';
import { LocalModeNotice } from './local-mode-notice.tsx';

/** Local mode's token source when the token lab is not in the build: it explains, it never hangs. */
export const noLabTokenSource: TokenSource = async () => ({
  ok: false,
  error: {
    kind: 'token-source',
    message: 'Local mode signs tokens in the browser, but the token lab is not part of this build.',
    fix: 'To join with tokens from your site, set "mode": "endpoint" and "endpoint": { "url": "..." } in config.json.',
  },
});

/** Local mode without the lab: the join screen, with what to configure. */
export function LocalModeFallback({ config }: { config: LauncherConfig }) {
  const store = useLauncherStore();
  useEffect(() => {
    store.getState().setTokenSource(noLabTokenSource);
  }, [store]);
  return <JoinScreen config={config} notice={<LocalModeNotice />} />;
}
