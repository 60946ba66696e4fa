import type { MeetingState } from './meeting-state.ts';

/**
 * A new frame's state: joining, no role yet. Apart from the reducer, so the store holds it from
 * the start while the reducer comes with the join's code.
 */
export const INITIAL_MEETING_STATE: MeetingState = {
  phase: { status: 'joining' },
  visitor: false,
  roles: {},
};
