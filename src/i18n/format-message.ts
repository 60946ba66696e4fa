import type { Message, ParamValue } from './message.ts';

const PLACEHOLDER = /\{(\w+)\}/;

/**
 * A message in `language`: the plural form for `params.count` (else `other`), split at its
 * `{name}` placeholders, each replaced by its parameter (numbers written the language's way).
 * Parameters may be elements, such as a `<code>` inside a sentence. A placeholder without a
 * parameter stays as written.
 */
export function formatParts<T>(
  language: string,
  message: Message,
  params: Readonly<Record<string, ParamValue | T>> = {},
): Array<string | T> {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = params.count;
    text =
      (typeof count === 'number'
        ? message[new Intl.PluralRules(language).select(count)]
        : undefined) ?? message.other;
  }
  // Split at the placeholders: the odd entries are their names.
  return text
    .split(PLACEHOLDER)
    .map((part, index) => {
      if (index % 2 === 0) return part;
      const value = Object.hasOwn(params, part) ? params[part] : undefined;
      if (value === undefined) return `{${part}}`;
      return typeof value === 'number' ? value.toLocaleString(language) : value;
    })
    .filter((part) => part !== '');
}
