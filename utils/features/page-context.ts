import { detectGitLabPage, detectPageAmong, type GitLabPage, type GitLabPageInput, type PageShapes } from '../gitlab/page';
import type { GitLabLocation, PageSettings } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';

/**
 * The GitLab page this document is, from its data only; null on pages the extension does not know.
 * `relativeRootHint`: the added instance's relative root (GitLab 15.x project pages need it).
 */
export function currentGitLabPage(relativeRootHint?: string | null): GitLabPage | null {
  return detectGitLabPage(pageInput(relativeRootHint));
}

/** As currentGitLabPage, among one feature's pages only (a content script carries only its own table). */
export function currentPageAmong(shapes: PageShapes, relativeRootHint?: string | null): GitLabPage | null {
  return detectPageAmong(shapes, pageInput(relativeRootHint));
}

const pageInput = (relativeRootHint?: string | null): GitLabPageInput => ({
  dataPage: document.body?.dataset.page,
  pathname: location.pathname,
  bodyData: { ...(document.body?.dataset ?? {}) },
  ...(relativeRootHint != null && { relativeRootHint }),
});

/** This GitLab's settings, read by the background for this page's origin: one message. */
export const requestPageSettings = (): Promise<PageSettings> => sendToBackground({ type: 'page-settings', origin: location.origin });

export function gitLabLocationOf(page: GitLabPage): GitLabLocation {
  return { origin: location.origin, relativeRoot: page.relativeRoot };
}

/**
 * One line for whoever debugs a GitLab release we do not know yet. Never carries a token: the
 * callers pass only ids of adapters and page kinds.
 */
export function debugLine(message: string): void {
  console.debug(`[DOCKER_AUTH_CONFIG] ${message}`);
}
