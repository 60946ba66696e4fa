import { currentLanguage, t } from '../../i18n/translate.ts';
import type { ErrorDescription, ErrorDetail } from './describe-join-error.ts';

/** The title and the one sentence of a failed join, in the language the launcher speaks. */
export function errorWords(described: ErrorDescription): [title: string, message: string] {
  const { words, sentence } = described;
  // The room check's own sentence names exactly what to change, but only in English.
  const own = sentence !== undefined && currentLanguage() === 'en' ? sentence : undefined;
  return [t(`error.${words}.title`), own ?? t(`error.${words}.message`)];
}

/** One technical detail as a line: its label in the launcher's language, its value as it is. */
export function detailLine(detail: ErrorDetail): string {
  return t('error.detail.line', { label: t(`error.detail.${detail.label}`), value: detail.value });
}
