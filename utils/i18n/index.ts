import { formatMessage, type MessageParams } from './format';
import type { Locale } from './locales';
import { en, type Catalogue, type MessageId } from './messages/en';

export { formatMessage, formatNumber, parametersOf, type MessageParams } from './format';
export { LOCALES, matchLocale, resolveLocale, SOURCE_LOCALE, type Locale } from './locales';
export type { Catalogue, MessageId } from './messages/en';

/** Says one message in one language. */
export type Translate = (id: MessageId, params?: MessageParams) => string;

export function translator(locale: Locale, catalogue: Catalogue): Translate {
  return (id, params) => formatMessage(locale, catalogue[id], params);
}

/**
 * English: the default wherever no language was chosen (tests, stored-value checks). Marked pure
 * so that a bundle which imports the engine without using its messages (a watcher) drops the
 * catalogue.
 */
export const english: Translate = /* @__PURE__ */ translator('en', en);
