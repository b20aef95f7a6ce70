import { MountPlaces, noteMountPlacesWhileParsing } from '../utils/gitlab';
import { currentGitLabPage, debugLine } from '../utils/features/page-context';
import { TOKEN_PAGE_MATCHES } from '../utils/features/routes';
import { isTokenPage, watchTokenPage } from '../utils/features/token-page';

export default defineContentScript({
  matches: TOKEN_PAGE_MATCHES.map((path) => `https://gitlab.com${path}`),
  // document_start: GitLab's Vue 2 apps replace their mount elements; their places must be noted
  // before GitLab's scripts run (utils/gitlab/token-display/mount-places.ts).
  runAt: 'document_start',
  main(ctx) {
    const places = new MountPlaces();
    const start = () => {
      try {
        const page = currentGitLabPage();
        if (!page || !isTokenPage(page)) return;
        const controller = new AbortController();
        ctx.onInvalidated(() => controller.abort());
        watchTokenPage(page, places, controller.signal);
      } catch (error) {
        // Whatever GitLab renders, the page keeps working: no button, one line for debugging.
        debugLine(`token page: not started (${error instanceof Error ? error.name : 'error'})`);
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
