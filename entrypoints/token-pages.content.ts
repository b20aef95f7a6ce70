import { MountPlaces, noteMountPlacesWhileParsing } from '../utils/gitlab';
import { TOKEN_PAGE_SHAPES } from '../utils/gitlab/page';
import { currentPageAmong, debugLine, requestPageSettings } from '../utils/features/page-context';
import { GITLAB_COM_ORIGIN } from '../utils/instances/address';
import { ROUTE_IN_QUERY_EXCLUDES, servesPath, TOKEN_PAGE_MATCHES } from '../utils/features/routes';
import { isTokenPage, watchTokenPage } from '../utils/features/token-page-watcher';
import type { GitLabPage } from '../utils/gitlab/page';

export default defineContentScript({
  matches: TOKEN_PAGE_MATCHES.map((path) => `https://gitlab.com${path}`),
  excludeMatches: ROUTE_IN_QUERY_EXCLUDES.map((path) => `https://gitlab.com${path}`),
  // document_start: GitLab's Vue 2 apps replace their mount elements; their places must be noted
  // before GitLab's scripts run (utils/gitlab/token-display/mount-places.ts).
  runAt: 'document_start',
  main(ctx) {
    // The browser matched the whole URL, query included; this page is served only if its path is.
    if (!servesPath(location.pathname, TOKEN_PAGE_MATCHES)) return;
    const places = new MountPlaces();
    const run = (page: GitLabPage | null) => {
      if (!page || !isTokenPage(page)) return;
      const controller = new AbortController();
      ctx.onInvalidated(() => controller.abort());
      watchTokenPage(page, places, controller.signal);
    };
    const notStarted = (error: unknown) =>
      // Whatever GitLab renders, the page keeps working: no button, one line for debugging.
      debugLine(`token page: not started (${error instanceof Error ? error.name : 'error'})`);
    const start = () => {
      try {
        const page = currentPageAmong(TOKEN_PAGE_SHAPES);
        if (!page || !isTokenPage(page)) return;
        // gitlab.com has no relative root: start at once. An added GitLab may have one, which
        // 15.x project pages cannot tell from a group's name: one message asks for it.
        if (location.origin === GITLAB_COM_ORIGIN) return run(page);
        requestPageSettings().then(
          (settings) => run(currentPageAmong(TOKEN_PAGE_SHAPES, settings.relativeRoot)),
          () => run(page),
        ).catch(notStarted);
      } catch (error) {
        notStarted(error);
      }
    };
    try {
      noteMountPlacesWhileParsing(document, places);
    } catch {
      // Without mount places, only the displays with a lasting container are found.
    }
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
  },
});
