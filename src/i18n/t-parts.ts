import { formatParts } from './format-message.ts';
import type { ParamValue } from './message.ts';
import { currentLanguage, lookUp, type MessageKey, type ParamsOf } from './translate.ts';

/** A message whose placeholders may be elements (a `<code>` in a sentence): the parts in order. */
export function tParts<Key extends MessageKey, Element>(
  key: Key,
  ...[params]: ParamsOf<Key, ParamValue | Element>
): Array<string | Element> {
  return formatParts<Element>(currentLanguage(), lookUp(key), params);
}
