import { formatMessage, type MessageParams } from './format';
import { LOCALES, type Locale } from './locales';
import type { Catalogue, MessageId } from './messages/en';

/**
 * The part of a catalogue that the in-page panel code formats itself: the panels' own labels and
 * the fill status (`panel.*`, `fill.*`), and what "Create registry read token" says after it
 * filled GitLab's form (`form-helper.*`), and the Copy button's lines (`copy.*`, the shared
 * components/CopyButton.tsx). Every other sentence the panels show (Verify verdicts, save
 * results, credential health, the engine's messages) is formatted by the background in the
 * language the request names (utils/messaging/protocol.ts, `locale`).
 *
 * Why the background formats, and not the panel from message ids: those sentences are built from
 * GitLab's API answers in many places (a role, a status, a token's expiry), and the engine they
 * come from already takes a `Translate`; sending the locale with the request keeps one place that
 * composes each sentence, and keeps the other catalogue keys out of the page.
 */
export type PageMessageId = Extract<MessageId, `panel.${string}` | `fill.${string}` | `form-helper.${string}` | `copy.${string}`>;
export type PageCatalogue = Readonly<Record<PageMessageId, string>>;
export type PageTranslate = (id: PageMessageId, params?: MessageParams) => string;

export const isPageMessageId = (id: string): id is PageMessageId => /^(?:panel|fill|form-helper|copy)\./.test(id);

export function pageCatalogueOf(catalogue: Catalogue): PageCatalogue {
  return Object.fromEntries(Object.entries(catalogue).filter(([id]) => isPageMessageId(id))) as PageCatalogue;
}

/** What a catalogue file injected before a panel file leaves in the frame's isolated world. */
export interface InjectedPageCatalogue {
  locale: Locale;
  messages: PageCatalogue;
}

export const PAGE_CATALOGUE_GLOBAL = '__dockerAuthConfigPanelText';

/** The catalogue file of one locale, injected by the background just before a panel file. */
export const pageCatalogueFile = (locale: Locale) => `panel-text/${locale}.js`;

/**
 * The body of that file: one assignment of plain data. Generated at build time (wxt.config.ts)
 * from the same catalogues as everything else, so that a panel carries one language, not nine.
 */
export function pageCatalogueScript(locale: Locale, catalogue: Catalogue): string {
  const injected: InjectedPageCatalogue = { locale, messages: pageCatalogueOf(catalogue) };
  return `globalThis.${PAGE_CATALOGUE_GLOBAL}=${JSON.stringify(injected)};\n`;
}

/** A translator over a page catalogue; a missing message shows its id rather than throwing into GitLab's page. */
export function pageTranslator(locale: Locale, messages: PageCatalogue): PageTranslate {
  return (id, params) => {
    const pattern = messages[id];
    if (pattern === undefined) return id;
    try {
      return formatMessage(locale, pattern, params);
    } catch {
      return pattern;
    }
  };
}

/**
 * The text of the panel in this frame: the catalogue the background injected with the panel
 * file, English's shape when none is there (then ids show, which tests catch).
 */
export function injectedPageText(scope: object = globalThis): { locale: Locale; t: PageTranslate } {
  const injected = (scope as Record<string, InjectedPageCatalogue | undefined>)[PAGE_CATALOGUE_GLOBAL];
  const locale = injected && (LOCALES as readonly string[]).includes(injected.locale) ? injected.locale : 'en';
  return { locale, t: pageTranslator(locale, injected?.messages ?? ({} as PageCatalogue)) };
}
