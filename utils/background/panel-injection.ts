import { browser, type Browser } from '#imports';
import { CI_VARIABLES_PAGE_MATCHES, servesPath, TOKEN_PAGE_MATCHES } from '../features/routes';
import { resolveLocale, type Locale } from '../i18n/locales';
import { pageCatalogueFile } from '../i18n/page-catalogue';
import type { GitLabLocation } from '../messaging/protocol';

/**
 * The panel code is not part of the content scripts (they are parsed on every page they serve;
 * the panel is opened on few of them): each watcher asks for its panel file when the person
 * clicks (or a hand-off is pending; on token pages, the display code when GitLab shows a token),
 * and the background injects it into that frame, in the
 * default ISOLATED world the watcher runs in. The files are built into the extension by WXT
 * (entrypoints/token-panel.ts, entrypoints/variable-panel.ts) and are no web-accessible
 * resources: no web page can load them.
 */
export const PANEL_FILES = {
  token: { file: 'token-panel.js', routes: TOKEN_PAGE_MATCHES },
  // The token pages' second stage: GitLab's token displays and the button (utils/features/panel-bridge.ts).
  'token-display': { file: 'token-display.js', routes: TOKEN_PAGE_MATCHES },
  variables: { file: 'variable-panel.js', routes: CI_VARIABLES_PAGE_MATCHES },
} as const satisfies Record<string, { file: string; routes: readonly string[] }>;

export type PanelFile = keyof typeof PANEL_FILES;

/** The part of browser.scripting used here; tests pass a recording one. */
export interface InjectingLike {
  executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown>;
}

/**
 * Whether `sender` is a page this panel serves: a frame of a tab, whose path lies below its
 * GitLab's stored relative root and is one of the panel's pages. The router has already checked
 * that the sender's origin is a GitLab the extension serves (gitlab.com or one added) and that
 * `location` names it with its stored root.
 */
export function servedPanelFrame(sender: Browser.runtime.MessageSender, location: GitLabLocation, panel: PanelFile): { tabId: number; frameId: number } | null {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || frameId === undefined || sender.url === undefined) return null;
  const { pathname } = new URL(sender.url);
  const root = location.relativeRoot;
  if (root !== '' && !pathname.startsWith(`${root}/`)) return null;
  return servesPath(pathname.slice(root.length), PANEL_FILES[panel].routes) ? { tabId, frameId } : null;
}

/**
 * The panel's language: the GitLab page's own (`<html lang>`, which GitLab writes as Rails does,
 * `pt_BR`), else the browser's, else English (docs/gitlab-compatibility.md, "Language"). (Not
 * named `browserLanguage`: WXT's auto-import would take it for components/browser-language.tsx.)
 */
export const panelLocale = (pageLanguage: string | undefined, browserTag: string | undefined = globalThis.navigator?.language): Locale =>
  resolveLocale([pageLanguage, browserTag]);

/**
 * Injects the panel file with its language's catalogue file just before it: the panel carries
 * one language, not nine (utils/i18n/page-catalogue.ts).
 */
export async function injectPanel(
  sender: Browser.runtime.MessageSender,
  location: GitLabLocation,
  panel: PanelFile,
  scripting: InjectingLike = browser.scripting as unknown as InjectingLike,
  locale: Locale,
): Promise<{ injected: true }> {
  const frame = servedPanelFrame(sender, location, panel);
  if (frame === null) throw new Error('Refused: the panel opens only on the GitLab pages it serves.');
  await scripting.executeScript({
    target: { tabId: frame.tabId, frameIds: [frame.frameId] },
    // The token display's stage shows no text of its own (its button label came with the page context).
    files: panel === 'token-display' ? [PANEL_FILES[panel].file] : [pageCatalogueFile(locale), PANEL_FILES[panel].file],
  });
  return { injected: true };
}
