import { MountPlaces, noteMountPlacesWhileParsing } from '../utils/gitlab/token-display/mount-places';
import { debugLine, requestPageContext } from '../utils/features/page-context';
import { ROUTE_IN_QUERY_EXCLUDES, servesPath, TOKEN_PAGE_MATCHES } from '../utils/features/routes';
import { isTokenPage, keepTokenFieldsOffDisk, watchTokenPage } from '../utils/features/token-page-watcher';

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
    const notStarted = (error: unknown) =>
      // Whatever GitLab renders, the page keeps working: no button, one line for debugging.
      debugLine(`token page: not started (${error instanceof Error ? error.name : 'error'})`);
    // One message: the background recognises the page (and its relative root on an added
    // GitLab) and gives the labels in the page's language.
    const start = () => {
      // A token the server rendered (GitLab <= 15.0) is off disk before any message goes out.
      try {
        keepTokenFieldsOffDisk();
      } catch {
        // Whatever the page holds, the watcher goes on.
      }
      return requestPageContext('token')
        .then(({ page, locale, labels }) => {
          if (!page || !isTokenPage(page)) return;
          const controller = new AbortController();
          ctx.onInvalidated(() => controller.abort());
          watchTokenPage({ page, places, locale, labels }, controller.signal);
        })
        .catch(notStarted);
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
