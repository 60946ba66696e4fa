import { formatParts } from './format-message.ts';
import type { Language } from './languages.ts';
import type { Message, MessageParamNames, Messages, ParamValue } from './message.ts';
import type { messages as englishLater } from './messages/en/later.ts';
import { messages as englishStart } from './messages/en/start.ts';

type English = typeof englishStart & typeof englishLater;
export type MessageKey = keyof English;

/** The parameters a message needs: none, or one value per placeholder. */
export type ParamsOf<Key extends MessageKey, Value = ParamValue> = [
  MessageParamNames<English[Key]>,
] extends [never]
  ? []
  : [params: Record<MessageParamNames<English[Key]>, Value>];

let active: Language = 'en';
const catalogs: Partial<Record<Language, Record<string, Message>>> = {
  en: { ...englishStart },
};

/** The language the launcher speaks now. */
export function currentLanguage(): Language {
  return active;
}

/** Speaks `language` from now on; its messages arrive with `addMessages`, English fills gaps. */
export function setLanguage(language: Language): void {
  active = language;
}

export function addMessages(language: Language, messages: Messages): void {
  catalogs[language] = { ...catalogs[language], ...messages };
}

/** The message for `key` in the current language, else in English, else the key itself. */
export function lookUp(key: MessageKey): Message {
  return catalogs[active]?.[key] ?? catalogs.en?.[key] ?? key;
}

/** A message in the current language, its placeholders filled in. */
export function t<Key extends MessageKey>(key: Key, ...[params]: ParamsOf<Key>): string {
  return formatParts<never>(active, lookUp(key), params).join('');
}
