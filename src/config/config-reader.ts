// What reading config.json needs beyond the join screen's own code: fetched with the file, as one
// chunk.
export { readCappedText } from '../core/read-capped-text.ts';
export { validateConfig } from './validate-config.ts';
export { resolveBrandLogo } from './validate-join-page.ts';
