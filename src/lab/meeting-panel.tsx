import type { LauncherConfig } from '../config/launcher-config.ts';
import { useStore } from '../store/use-store.ts';
import type { LabStore } from './lab-store.ts';

export interface MeetingPanelProps {
  lab: LabStore;
  config: LauncherConfig;
}

/** Where the token is for: the room and the meeting server (the join is in the side panel). */
export function MeetingPanel({ lab, config }: MeetingPanelProps) {
  const target = useStore(lab, (s) => s.target);
  const { setTarget } = lab.getState();
  return (
    <section class="lab-card" aria-labelledby="lab-meeting-title">
      <h2 id="lab-meeting-title">Meeting</h2>
      <div class="lab-fields">
        <label for="lab-room">Room (as typed in the meeting URL)</label>
        <input
          id="lab-room"
          value={target.room}
          autoComplete="off"
          aria-invalid={target.room.trim() === ''}
          aria-describedby={target.room.trim() === '' ? 'lab-room-problem' : undefined}
          onInput={(e) => setTarget({ room: e.currentTarget.value })}
        />
        {target.room.trim() === '' ? (
          <small id="lab-room-problem" class="lab-field-fail">
            Type the room: the token names it, and Join opens it.
          </small>
        ) : null}
        <label for="lab-domain">Meeting server</label>
        <select
          id="lab-domain"
          value={target.domain}
          onChange={(e) => setTarget({ domain: e.currentTarget.value })}
        >
          {config.domains.map((domain) => (
            <option key={domain} value={domain}>
              {domain}
            </option>
          ))}
        </select>
        <p class="lab-note">
          {target.tenant === undefined
            ? `Meeting URL: https://${target.domain}/${target.room}`
            : `Meeting URL: https://${target.domain}/${target.tenant}/${target.room}`}
        </p>
      </div>
    </section>
  );
}
