import { detectGitLabPage, type GitLabPage } from '../gitlab/page';
import type { GitLabLocation } from '../messaging/protocol';

/** The GitLab page this document is, from its data only; null on pages the extension does not know. */
export function currentGitLabPage(): GitLabPage | null {
  return detectGitLabPage({
    dataPage: document.body?.dataset.page,
    pathname: location.pathname,
    bodyData: { ...(document.body?.dataset ?? {}) },
  });
}

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
