import { useEffect, useRef, useState } from 'preact/hooks';

/** From this width the drawer lies beside the meeting; below it, over the meeting. */
const WIDE_SCREEN = '(min-width: 900px)';

function wideScreen(): boolean {
  return typeof matchMedia !== 'function' || matchMedia(WIDE_SCREEN).matches;
}

export interface Drawer {
  open: boolean;
  /** Open over the meeting (a narrow screen): the meeting is inert meanwhile. */
  covering: boolean;
  button: { current: HTMLButtonElement | null };
  drawer: { current: HTMLDivElement | null };
  toggle(): void;
}

/**
 * The token drawer's state. It starts open beside the meeting on a wide screen and closed
 * below, where it opens over the meeting. Opened from its button it gives the focus to
 * `focusTarget()` (its heading), since on a phone the meeting frame would otherwise stand
 * between the button and the drawer in the Tab order; Escape inside it closes it and gives the
 * focus back to the button. Without a drawer on the page (`present` false) nothing is covered.
 */
export function useDrawer(focusTarget: () => HTMLElement | null, present: boolean): Drawer {
  const [open, setOpen] = useState(wideScreen);
  const [wide, setWide] = useState(wideScreen);
  const button = useRef<HTMLButtonElement>(null);
  const drawer = useRef<HTMLDivElement>(null);
  const openedByButton = useRef(false);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia(WIDE_SCREEN);
    const changed = () => setWide(query.matches);
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, []);
  useEffect(() => {
    if (open && openedByButton.current) focusTarget()?.focus();
    openedByButton.current = false;
  }, [open, focusTarget]);
  useEffect(() => {
    const element = drawer.current;
    if (element === null) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    };
    element.addEventListener('keydown', closeOnEscape);
    return () => element.removeEventListener('keydown', closeOnEscape);
  }, []);
  return {
    open,
    covering: present && open && !wide,
    button,
    drawer,
    toggle: () => {
      openedByButton.current = !open;
      setOpen(!open);
    },
  };
}
