import { CI_VARIABLES_PAGE_SHAPES, detectPageAmong, TOKEN_PAGE_SHAPES, type GitLabPage } from '../gitlab/page';
import { resolveLocale, translator, type Locale } from '../i18n';
import { CATALOGUES } from '../i18n/catalogues';
import type { PageContext, PageSettings, WatcherLabels } from '../messaging/protocol';

/**
 * The 'page-context' answer (issue 16): the watchers send what their page says of itself and
 * the background recognises the page, so that the page table and the path rules
 * (utils/gitlab/page.ts) are not parsed on every page a watcher serves. Pure: the router passes
 * the sender's path and the settings it read for the sender's origin.
 */

const SHAPES = { token: TOKEN_PAGE_SHAPES, variables: CI_VARIABLES_PAGE_SHAPES } as const;

export interface PageContextInput {
  feature: keyof typeof SHAPES;
  /** The entries of `document.body.dataset` page detection reads. */
  body: Record<string, string | undefined>;
  /** The SENDER's URL path (the router's, not the message's). */
  pathname: string;
  lang: string;
}

/** What the watchers put into GitLab's page, in `locale`. */
export function watcherLabels(locale: Locale): WatcherLabels {
  const t = translator(locale, CATALOGUES[locale]);
  return { generate: t('button.generate'), createReadToken: t('button.create-read-token'), formNotFilled: t('form-helper.failed') };
}

/**
 * `browserTag`: the browser's language (navigator.language in the background), the fallback when
 * the page states no language the extension speaks. (Not named `browserLanguage`: WXT's
 * auto-imports would take that name for components/browser-language.tsx and bring Preact into
 * the background.)
 */
export function pageContext(input: PageContextInput, settings: PageSettings, browserTag: string | undefined): PageContext {
  const { page: dataPage, ...bodyData } = input.body;
  const page: GitLabPage | null = detectPageAmong(SHAPES[input.feature], {
    dataPage,
    pathname: input.pathname,
    bodyData,
    ...(settings.relativeRoot !== null && { relativeRootHint: settings.relativeRoot }),
  });
  const locale = resolveLocale([input.lang, browserTag]);
  return { page, settings, locale, labels: watcherLabels(locale) };
}
