import { useEffect, useRef } from 'preact/hooks';
import type { LauncherConfig } from '../../config/launcher-config.ts';
import { t } from '../../i18n/translate.ts';
import { useLauncherStore } from '../../store/use-launcher-store.ts';
import { BrandBar } from '../brand/brand-bar.tsx';
import { usePageTitle } from '../meeting/use-page-title.ts';

export interface LeftScreenProps {
  config: LauncherConfig;
  room: string;
}

/** After Leave: rejoin the same room (with a fresh token) or go back to the form for another. */
export function LeftScreen({ config, room }: LeftScreenProps) {
  const { join, joinAnother } = useLauncherStore().getState();
  const rejoin = useRef<HTMLButtonElement>(null);
  useEffect(() => rejoin.current?.focus(), []);
  const title = t('left.title', { room });
  const brandTitle = config.brand?.title;
  usePageTitle(brandTitle === undefined ? title : `${title} · ${brandTitle}`);
  return (
    <main class="left-screen">
      <BrandBar brand={config.brand} />
      <h1>{title}</h1>
      <div class="left-screen__actions">
        <button
          type="button"
          class="button button--primary"
          ref={rejoin}
          onClick={() => void join()}
        >
          {t('left.rejoin')}
        </button>
        <button type="button" class="button" onClick={joinAnother}>
          {t('left.joinAnother')}
        </button>
      </div>
    </main>
  );
}
