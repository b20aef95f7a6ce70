import { isTokenPage, watchTokenPage } from '../utils/features/token-page';
import { currentGitLabPage, debugLine } from '../utils/features/page-context';
import { TOKEN_PAGE_MATCHES } from '../utils/features/routes';

export default defineContentScript({
  matches: TOKEN_PAGE_MATCHES.map((path) => `https://gitlab.com${path}`),
  runAt: 'document_idle',
  main(ctx) {
    try {
      const page = currentGitLabPage();
      if (!page || !isTokenPage(page)) return;
      const controller = new AbortController();
      ctx.onInvalidated(() => controller.abort());
      watchTokenPage(page, controller.signal);
    } catch (error) {
      // Whatever GitLab renders, the page keeps working: no button, one line for debugging.
      debugLine(`token page: not started (${error instanceof Error ? error.name : 'error'})`);
    }
  },
});
