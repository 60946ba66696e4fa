import { fireEvent } from '@testing-library/preact';

// A browser fires several events for one thing a person does, and preact/compat listens to some
// of them in place of others (`onChange` on a text field hears `input`, `onBlur` hears
// `focusout`). Once any compat component has rendered in a worker, testing-library's
// `fireEvent.change` fires `input` instead. These helpers fire what a browser fires, so a
// component hears the same whichever way it listens and whatever rendered before.

/** Picks `value` in a select, as a person choosing an option does: `input`, then `change`. */
export function chooseOption(select: HTMLSelectElement, value: string): void {
  select.value = value;
  fireEvent(select, new Event('input', { bubbles: true }));
  fireEvent(select, new Event('change', { bubbles: true }));
}

/** Moves focus out of `element`, as a Tab away does: `blur`, then `focusout`. */
export function leaveField(element: HTMLElement): void {
  fireEvent(element, new FocusEvent('blur'));
  fireEvent(element, new FocusEvent('focusout', { bubbles: true }));
}
