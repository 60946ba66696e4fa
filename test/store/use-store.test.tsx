import { act, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { useStore } from '../../src/store/use-store.ts';

interface Counter {
  count: number;
  label: string;
}

function makeStore() {
  return createStore<Counter>()(() => ({ count: 0, label: 'a' }));
}

describe('useStore', () => {
  it('shows the selected slice and follows its changes', () => {
    const store = makeStore();
    const renders: number[] = [];
    function View() {
      const count = useStore(store, (state) => state.count);
      renders.push(count);
      return <p>count {count}</p>;
    }
    render(<View />);
    expect(screen.getByText('count 0')).toBeTruthy();
    act(() => store.setState({ count: 2 }));
    expect(screen.getByText('count 2')).toBeTruthy();
    const before = renders.length;
    act(() => store.setState({ label: 'b' }));
    expect(renders.length).toBe(before);
  });

  it('stops listening when unmounted', () => {
    const store = makeStore();
    function View() {
      return <p>{useStore(store, (state) => state.label)}</p>;
    }
    const { unmount } = render(<View />);
    unmount();
    act(() => store.setState({ label: 'gone' }));
    expect(screen.queryByText('gone')).toBeNull();
  });
});
