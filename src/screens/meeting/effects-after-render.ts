import { options } from 'preact';

// JitsiMeeting creates the IFrame API in an effect, after an effect that resolves the loaded API:
// with Preact's default of running effects after the next animation frame, that costs two frames
// between having the token and the meeting starting. Effects run right after their render instead
// (as React does after a click), which is all the same to every other component. This holds for
// the whole page from the moment the meeting screen loads.
options.requestAnimationFrame = (flush) => {
  queueMicrotask(flush);
};
