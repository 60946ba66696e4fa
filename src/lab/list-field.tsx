import { useState } from 'preact/hooks';
import { commaList } from '../core/comma-list.ts';

/** The items of a comma-separated list, or undefined for none. */
function parseList(text: string): string[] | undefined {
  const items = commaList(text);
  return items.length === 0 ? undefined : items;
}

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  (a ?? []).join('\n') === (b ?? []).join('\n');

export interface ListFieldProps {
  id: string;
  placeholder: string;
  value: readonly string[] | undefined;
  onList: (list: string[] | undefined) => void;
}

/**
 * A comma-separated list in one text field. The text stays as typed (a trailing comma, a space)
 * while the list it means is reported at every key; a list changed elsewhere replaces the text.
 * It listens to `input`, which preact/compat leaves alone: with compat in the page (the meeting
 * screen brings it), a text field's onChange fires at each key, and parsing there ate commas.
 */
export function ListField({ id, placeholder, value, onList }: ListFieldProps) {
  const [typed, setTyped] = useState(() => value?.join(', ') ?? '');
  const shown = sameList(parseList(typed), value) ? typed : (value?.join(', ') ?? '');
  return (
    <input
      id={id}
      spellcheck={false}
      placeholder={placeholder}
      value={shown}
      onInput={(e) => {
        const text = e.currentTarget.value;
        setTyped(text);
        onList(parseList(text));
      }}
    />
  );
}
