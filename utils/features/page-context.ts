import type { GitLabPage } from '../gitlab/page';
import type { GitLabLocation, PageContext, PageSettings } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';

/**
 * The watcher's first message: what this page says of itself (body data, `<html lang>`), for the
 * background to recognise the page and say the watcher's labels in the page's language
 * (utils/background/page-context.ts). Sent once the body is there.
 */
export function requestPageContext(feature: 'token' | 'variables'): Promise<PageContext> {
  const { page, projectFullPath, project, projectId, groupFullPath, group, namespaceId } = document.body?.dataset ?? {};
  return sendToBackground({
    type: 'page-context',
    origin: location.origin,
    feature,
    body: { page, projectFullPath, project, projectId, groupFullPath, group, namespaceId },
    lang: document.documentElement.lang,
  });
}

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
