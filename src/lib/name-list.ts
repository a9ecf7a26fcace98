import { formatNumber } from './format';
import type { Language } from './i18n/language-store';
import { translate } from './i18n/translate';

/** A sentence names every unit up to this many (the 12 盟市, a 盟市's counties in the sample). */
export const MAX_NAMED = 24;
/** Beyond it, the first this many and "等" — hundreds of counties would bury the sentence. */
export const NAMED_BEFORE_ETC = 10;

/** Names in running text: "A、B、C", or "A、B…J等" when there are more than MAX_NAMED. */
export function listNames(names: string[], language: Language): string {
  const separator = translate(language, 'summary.listSeparator');
  if (names.length <= MAX_NAMED) return names.join(separator);
  return translate(language, 'summary.listEtc', {
    names: names.slice(0, NAMED_BEFORE_ETC).join(separator),
    more: formatNumber(names.length - NAMED_BEFORE_ETC, language),
  });
}
