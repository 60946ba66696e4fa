import { type ListenToMeeting, listenToMeeting } from './meeting-events.ts';
import { reduceMeeting } from './meeting-state.ts';

/**
 * What a running meeting needs: hearing the IFrame API's events and folding them into its state.
 * The store is given it: it comes with the join's code, not with the join screen.
 */
export interface MeetingReader {
  listen: ListenToMeeting;
  reduce: typeof reduceMeeting;
}

export const meetingReader: MeetingReader = { listen: listenToMeeting, reduce: reduceMeeting };
