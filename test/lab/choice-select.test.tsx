import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ChoiceSelect } from '../../src/lab/choice-select.tsx';
import { chooseOption } from '../support/browser-events.ts';

const CHOICES = [
  { value: '', label: '(not set)' },
  { value: 'owner', label: 'owner' },
] as const;

describe('ChoiceSelect', () => {
  it('shows each choice by its label and reports the one chosen', () => {
    const chosen: string[] = [];
    render(
      <>
        <label for="pick">Affiliation</label>
        <ChoiceSelect id="pick" value="" choices={CHOICES} onChoose={(v) => chosen.push(v)} />
      </>,
    );
    const select = screen.getByLabelText('Affiliation') as HTMLSelectElement;
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      '(not set)',
      'owner',
    ]);
    chooseOption(select, 'owner');
    expect(chosen).toEqual(['owner']);
  });
});
