/**
 * Whether the page in the active tab is a GitLab, for the popup's "Enable on this GitLab".
 * The popup runs `probeGitLabPage` in the tab through activeTab (granted when the person opens
 * the popup, for that tab only) in the isolated world: it reads page data from the DOM, never
 * page script state (`window.gon` is not visible from the isolated world; its inline script's
 * text is). The decision is pure and tested on its own.
 */

export interface GitLabPageSignals {
  /** body `data-page`, e.g. `projects:settings:access_tokens:index` or `sessions:new`. */
  dataPage: string | null;
  /** `<meta property="og:site_name">` content. */
  siteName: string | null;
  /** An inline script assigns `window.gon` (GitLab's page data). */
  hasGon: boolean;
  /** `relative_url_root` from that script, if it says one. */
  relativeUrlRoot: string | null;
  /** A Rails CSRF token meta tag. */
  hasCsrfMeta: boolean;
}

/** Runs in the tab: must stay self-contained (it is serialised by executeScript). */
export function probeGitLabPage(): GitLabPageSignals {
  let hasGon = false;
  let relativeUrlRoot: string | null = null;
  for (const script of Array.from(document.scripts)) {
    if (script.src) continue;
    const text = script.textContent ?? '';
    if (!/\bwindow\.gon\s*=/.test(text)) continue;
    hasGon = true;
    // GitLab writes `gon.relative_url_root="/gitlab"`; JSON-shaped page data writes `"relative_url_root":"/gitlab"`.
    const match = /relative_url_root"?\s*[:=]\s*"([^"\\]*)"/.exec(text);
    if (match) relativeUrlRoot = match[1] ?? null;
    break;
  }
  return {
    dataPage: document.body?.dataset.page ?? null,
    siteName: document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null,
    hasGon,
    relativeUrlRoot,
    hasCsrfMeta: document.querySelector('meta[name="csrf-token"]') !== null,
  };
}

// GitLab's data-page: controller path and action, e.g. `projects:settings:ci_cd:show`.
const DATA_PAGE = /^[a-z_]+(?::[a-z_]+)+$/;

/**
 * A GitLab page has GitLab's `data-page` on its body and GitLab's page data (`window.gon`) or
 * site name. Returns the relative root to add it with, or null when the page is not a GitLab.
 */
export function gitLabFromSignals(signals: GitLabPageSignals, pathname: string): { relativeRoot: string } | null {
  if (!signals.dataPage || !DATA_PAGE.test(signals.dataPage)) return null;
  if (!signals.hasGon && signals.siteName !== 'GitLab') return null;
  const root = (signals.relativeUrlRoot ?? '').replace(/\/+$/, '');
  // The root must be a clean path that this page actually sits below; anything else: no root.
  const usable =
    /^(?:\/[A-Za-z0-9._~%-]+)*$/.test(root) && (root === '' || pathname === root || pathname.startsWith(`${root}/`));
  return { relativeRoot: usable ? root : '' };
}
