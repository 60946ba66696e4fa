// The meeting screen loads preact/compat into the page, and from then on compat hears every
// text field's onChange at each keystroke. The lab is the same page before and after a meeting.
import 'preact/compat';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ListField } from '../../src/lab/list-field.tsx';
import { input, setup } from './support/render-lab.tsx';

afterEach(cleanup);

/** What a browser fires while someone types `text` one key at a time, then leaves the field. */
function typeByKey(field: HTMLInputElement, text: string) {
  for (let end = 1; end <= text.length; end++) {
    field.value = `${field.value}${text[end - 1]}`;
    fireEvent(field, new Event('input', { bubbles: true }));
  }
  fireEvent(field, new Event('change', { bubbles: true }));
}

function Labelled(props: { value: readonly string[] | undefined; onList: (l?: string[]) => void }) {
  return (
    <>
      <label for="issuers">Accepted issuers</label>
      <ListField id="issuers" placeholder="" {...props} />
    </>
  );
}

describe('ListField', () => {
  it('keeps the commas and spaces being typed, and reports the list at each key', () => {
    const lists: (string[] | undefined)[] = [];
    let value: readonly string[] | undefined;
    const onList = (list?: string[]) => {
      lists.push(list);
      value = list;
      rerender(<Labelled value={value} onList={onList} />);
    };
    const { rerender } = render(<Labelled value={value} onList={onList} />);
    const field = screen.getByLabelText<HTMLInputElement>('Accepted issuers');
    typeByKey(field, 'a, b');
    expect(field.value).toBe('a, b');
    expect(lists.at(-1)).toEqual(['a', 'b']);
    expect(lists).toContainEqual(['a']);
  });

  it('shows a list set elsewhere (a preset, an imported .env) in place of the old text', () => {
    const onList = () => undefined;
    const { rerender } = render(<Labelled value={['a']} onList={onList} />);
    const field = screen.getByLabelText<HTMLInputElement>('Accepted issuers');
    expect(field.value).toBe('a');
    rerender(<Labelled value={['x', 'y']} onList={onList} />);
    expect(field.value).toBe('x, y');
    rerender(<Labelled value={undefined} onList={onList} />);
    expect(field.value).toBe('');
  });

  it("gives the lab's profile the accepted issuers and audiences typed key by key", () => {
    const { lab } = setup();
    typeByKey(input(/^Accepted issuers/) as HTMLInputElement, 'my_app, other_app,');
    typeByKey(input(/^Accepted audiences/) as HTMLInputElement, 'jitsi, ');
    expect(input(/^Accepted issuers/).value).toBe('my_app, other_app,');
    expect(lab.getState().profile.asap_accepted_issuers).toEqual(['my_app', 'other_app']);
    expect(lab.getState().profile.asap_accepted_audiences).toEqual(['jitsi']);
  });
});
