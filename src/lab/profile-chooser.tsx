import type { LauncherConfig } from '../config/launcher-config.ts';
import { effectiveProfile } from '../core/effective-profile.ts';
import { PRESETS, presetById } from '../core/presets.ts';
import { JITSI_ALGORITHMS } from '../core/profile-settings.ts';
import type { JitsiAlgorithm, PresetId } from '../core/types.ts';
import { useStore } from '../store/use-store.ts';
import { type Choice, ChoiceSelect } from './choice-select.tsx';
import { EnvImport } from './env-import.tsx';
import type { LabStore } from './lab-store.ts';
import { ListField } from './list-field.tsx';

/** The server profiles, for the Sign tab's and the Inspect tab's selects. */
export const PRESET_CHOICES: readonly Choice<PresetId>[] = PRESETS.map(({ id, label }) => ({
  value: id,
  label,
}));
const ALGORITHM_CHOICES: readonly Choice<JitsiAlgorithm>[] = JITSI_ALGORITHMS.map((alg) => ({
  value: alg,
  label: alg,
}));

function text(value: string): string | undefined {
  return value.trim() === '' ? undefined : value.trim();
}

/** The server the token is for: a preset, then its settings under prosody's own names. */
export function ProfileChooser({ lab, config }: { lab: LabStore; config: LauncherConfig }) {
  const presetId = useStore(lab, (s) => s.presetId);
  const profile = useStore(lab, (s) => s.profile);
  const { choosePreset, updateProfile } = lab.getState();
  const settings = effectiveProfile(profile);
  return (
    <section class="lab-card" aria-labelledby="lab-server-title">
      <h2 id="lab-server-title">Server</h2>
      <div class="lab-fields">
        <label for="lab-preset">Server profile</label>
        <ChoiceSelect
          id="lab-preset"
          value={presetId}
          choices={PRESET_CHOICES}
          onChoose={choosePreset}
        />
        <p class="lab-note">{presetById(presetId).description}</p>
        <EnvImport lab={lab} config={config} />

        <label for="lab-app-id">App id (app_id / JWT_APP_ID)</label>
        <input
          id="lab-app-id"
          spellcheck={false}
          value={profile.app_id ?? ''}
          onInput={(e) => updateProfile({ app_id: text(e.currentTarget.value) })}
        />
        <label for="lab-xmpp-domain">XMPP domain (muc_mapper_domain_base / XMPP_DOMAIN)</label>
        <input
          id="lab-xmpp-domain"
          spellcheck={false}
          value={profile.muc_mapper_domain_base ?? ''}
          onInput={(e) => updateProfile({ muc_mapper_domain_base: text(e.currentTarget.value) })}
        />
        <label for="lab-alg">Signature algorithm (signature_algorithm)</label>
        <ChoiceSelect
          id="lab-alg"
          value={settings.algorithm}
          choices={ALGORITHM_CHOICES}
          onChoose={(alg) => updateProfile({ signature_algorithm: alg })}
        />
        {settings.algorithm.startsWith('RS') && !settings.jaas ? (
          <>
            <label for="lab-key-server">Key server (asap_key_server / JWT_ASAP_KEYSERVER)</label>
            <input
              id="lab-key-server"
              spellcheck={false}
              value={profile.asap_key_server ?? ''}
              onInput={(e) => updateProfile({ asap_key_server: text(e.currentTarget.value) })}
            />
          </>
        ) : null}
        <label for="lab-issuers">Accepted issuers (asap_accepted_issuers, comma-separated)</label>
        <ListField
          id="lab-issuers"
          placeholder={settings.appId ?? ''}
          value={profile.asap_accepted_issuers}
          onList={(issuers) => updateProfile({ asap_accepted_issuers: issuers })}
        />
        <label for="lab-audiences">
          Accepted audiences (asap_accepted_audiences, comma-separated)
        </label>
        <ListField
          id="lab-audiences"
          placeholder="*"
          value={profile.asap_accepted_audiences}
          onList={(audiences) => updateProfile({ asap_accepted_audiences: audiences })}
        />
        <label class="lab-check">
          <input
            type="checkbox"
            checked={settings.domainVerification}
            onChange={(e) => updateProfile({ enable_domain_verification: e.currentTarget.checked })}
          />{' '}
          Domain verification (enable_domain_verification / JWT_ENABLE_DOMAIN_VERIFICATION)
        </label>
        <label class="lab-check">
          <input
            type="checkbox"
            checked={settings.olderRelease}
            onChange={(e) => updateProfile({ older_release: e.currentTarget.checked || undefined })}
          />{' '}
          Older Jitsi release (no sub check at login)
        </label>
      </div>
    </section>
  );
}
