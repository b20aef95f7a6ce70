/**
 * The languages the extension speaks: English and GitLab's most used translations. The in-page
 * panels follow the GitLab page's own language (`<html lang>`), then the browser's, then English;
 * extension pages (popup, options) follow the browser's.
 */
export const LOCALES = ['en', 'de', 'fr', 'es', 'pt-BR', 'ja', 'zh-CN', 'ko', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';

/**
 * The supported locale a language tag asks for, or null. GitLab writes its locale as Rails does
 * (`pt_BR`, `zh_CN`), browsers as BCP 47 (`pt-BR`, `zh-Hans-CN`); both are read. A language we
 * have in one variant only is matched by its language (`de-AT` → `de`, `pt-PT` → `pt-BR`), except
 * Chinese: Traditional Chinese (`zh-TW`, `zh-HK`, `zh-Hant`) is not Simplified Chinese, so it is
 * not matched and the next candidate is tried.
 */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-').filter(Boolean);
  const language = parts[0];
  if (!language) return null;
  if (language === 'zh') {
    const traditional = parts.slice(1).some((part) => part === 'hant' || part === 'tw' || part === 'hk' || part === 'mo');
    return traditional ? null : 'zh-CN';
  }
  if (language === 'pt') return 'pt-BR';
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : null;
}

/** The first candidate that is supported, else English. */
export function resolveLocale(candidates: ReadonlyArray<string | null | undefined>): Locale {
  for (const candidate of candidates) {
    const locale = matchLocale(candidate);
    if (locale) return locale;
  }
  return SOURCE_LOCALE;
}
