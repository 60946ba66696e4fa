// Component tests render screens that are loaded lazily in the app (errors, meeting, config
// error): their English messages are loaded here, as the app loads them with those screens.
import { messages } from '../../src/i18n/messages/en/later.ts';
import { addMessages } from '../../src/i18n/translate.ts';

addMessages('en', messages);
