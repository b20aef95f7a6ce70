import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale, Translate } from '../utils/i18n';

/** The language a page speaks: its locale (for Intl and `lang`) and the sentences in it. */
export interface Language {
  locale: Locale;
  t: Translate;
}

// No global mutable: each page (or panel) says its language once, at its root. Without a provider
// above, message ids show (a test sees them): a default catalogue here would put the whole English
// one into the in-page panels, which get their language's catalogue injected with them.
const LanguageContext = createContext<Language>({ locale: 'en', t: (id) => id });

export function LanguageProvider(props: { language: Language; children: ComponentChildren }) {
  return <LanguageContext.Provider value={props.language}>{props.children}</LanguageContext.Provider>;
}

export const useLanguage = (): Language => useContext(LanguageContext);
/** The sentences of the page's language. */
export const useT = (): Translate => useContext(LanguageContext).t;

/**
 * Sentences said one after the other in one live region or paragraph. Each is whole (its own
 * catalogue message); only the gap between them depends on the language: Japanese and Chinese
 * put none after their full stop.
 */
export function sentences(locale: Locale, parts: ReadonlyArray<string | false | null | undefined>): string {
  const gap = locale === 'ja' || locale === 'zh-CN' ? '' : ' ';
  return parts.filter(Boolean).join(gap);
}

/** A list of names (registries, hosts) as the language writes a list: commas, 、, and so on. */
export function listOf(locale: Locale, names: readonly string[]): string {
  return new Intl.ListFormat(locale, { style: 'short', type: 'unit' }).format(names);
}

/**
 * A sentence with one element in it (a `<code>` address): the sentence is formatted whole, with a
 * marker where the element goes, and split there, so the element stays where the language puts it.
 */
export function aroundElement(sentence: (marker: string) => string): [before: string, after: string] {
  const marker = '\u0000';
  const [before = '', after = ''] = sentence(marker).split(marker);
  return [before, after];
}
