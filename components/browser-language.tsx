import { browser } from '#imports';
import { render, type ComponentChildren } from 'preact';
import { english, resolveLocale, translator, type Locale, type MessageId } from '../utils/i18n';
import type { Catalogue } from '../utils/i18n/messages/en';
import { LanguageProvider, type Language } from './i18n';

// One catalogue per page, fetched on its own: a page carries English (the engine's default) and
// loads the one other language it speaks, not all nine (the popup's first frame, figure 5 of
// `npm run bench`). Reached as `module.name`: WXT's auto-import would add a static import for a bare name.
const OTHER_CATALOGUES: Record<Exclude<Locale, 'en'>, () => Promise<Catalogue>> = {
  de: () => import('../utils/i18n/messages/de').then((module) => module.de),
  fr: () => import('../utils/i18n/messages/fr').then((module) => module.fr),
  es: () => import('../utils/i18n/messages/es').then((module) => module.es),
  'pt-BR': () => import('../utils/i18n/messages/pt-BR').then((module) => module.ptBR),
  ja: () => import('../utils/i18n/messages/ja').then((module) => module.ja),
  'zh-CN': () => import('../utils/i18n/messages/zh-CN').then((module) => module.zhCN),
  ko: () => import('../utils/i18n/messages/ko').then((module) => module.ko),
  ru: () => import('../utils/i18n/messages/ru').then((module) => module.ru),
};

/** The browser's language for an extension page (popup, options, privacy); English if we do not speak it. */
export async function browserLanguage(uiLanguage: string = browser.i18n.getUILanguage()): Promise<Language> {
  const locale = resolveLocale([uiLanguage]);
  if (locale === 'en') return { locale, t: english };
  try {
    return { locale, t: translator(locale, await OTHER_CATALOGUES[locale]()) };
  } catch {
    // Its chunk could not be read (an extension being updated underneath): English beats a blank page.
    return { locale: 'en', t: english };
  }
}

/**
 * An extension page's start: once its language is known (at once for English, one small chunk
 * otherwise), says it to the browser and assistive technology (`<html lang>`), titles the tab in
 * it, and renders the page inside it.
 */
export function renderInBrowserLanguage(page: ComponentChildren, title: MessageId): void {
  void browserLanguage().then((language) => {
    document.documentElement.lang = language.locale;
    document.title = language.t(title);
    render(<LanguageProvider language={language}>{page}</LanguageProvider>, document.getElementById('app')!);
  });
}
