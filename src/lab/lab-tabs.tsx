import { useRef } from 'preact/hooks';

export type Tab = 'sign' | 'inspect' | 'setup';

const TABS: readonly { id: Tab; label: string }[] = [
  { id: 'sign', label: 'Sign and join' },
  { id: 'inspect', label: 'Inspect a token' },
  { id: 'setup', label: 'Server setup' },
];

/**
 * The lab's tab list, as the ARIA tabs pattern has it: the chosen tab alone in the tab order,
 * the arrow keys, Home and End move between tabs. Each tab controls `lab-panel-<id>`.
 */
export function LabTabs({ tab, onChange }: { tab: Tab; onChange: (tab: Tab) => void }) {
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.findIndex((t) => t.id === tab);
    const targets: Record<string, number> = {
      ArrowRight: (index + 1) % TABS.length,
      ArrowLeft: (index - 1 + TABS.length) % TABS.length,
      Home: 0,
      End: TABS.length - 1,
    };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = TABS[target];
    if (next === undefined) return;
    onChange(next.id);
    tabRefs.current[next.id]?.focus();
  };

  return (
    <div class="lab-tabs" role="tablist" aria-label="Lab" onKeyDown={onKeyDown}>
      {TABS.map((t) => (
        <button
          key={t.id}
          ref={(el) => {
            tabRefs.current[t.id] = el;
          }}
          type="button"
          role="tab"
          id={`lab-tab-${t.id}`}
          aria-selected={tab === t.id}
          aria-controls={`lab-panel-${t.id}`}
          tabIndex={tab === t.id ? 0 : -1}
          class="lab-tab"
          onClick={() => onChange(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
