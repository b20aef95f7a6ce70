import { noteVariablesPageData } from '../utils/gitlab/variable-form/page-data';
import { CI_VARIABLES_PAGE_MATCHES, ROUTE_IN_QUERY_EXCLUDES, servesPath } from '../utils/features/routes';
import { debugFailure, isCiVariablesPage, watchCiVariablesPage } from '../utils/features/ci-variables-watcher';
import { requestPageContext } from '../utils/features/page-context';

export default defineContentScript({
  matches: CI_VARIABLES_PAGE_MATCHES.map((path) => `https://gitlab.com${path}`),
  excludeMatches: ROUTE_IN_QUERY_EXCLUDES.map((path) => `https://gitlab.com${path}`),
  // document_start: the variables app's mount element states GitLab's defaults and masking rule,
  // and Vue 2 replaces it when it mounts (utils/gitlab/variable-form/page-data.ts).
  runAt: 'document_start',
  main(ctx) {
    // The browser matched the whole URL, query included; this page is served only if its path is.
    if (!servesPath(location.pathname, CI_VARIABLES_PAGE_MATCHES)) return;
    let data = { protectedByDefault: null as boolean | null, maskableRawRegex: null as string | null };
    try {
      data = noteVariablesPageData(document);
    } catch {
      // Without the page's data, the generation's rules apply.
    }
    const notStarted = debugFailure('not started');
    // One message on our pages only: the background recognises the page (and the relative root
    // 15.x project pages cannot tell from a group's name), reads this GitLab's variable key,
    // Protect and Save automatically, and gives the labels in the page's language.
    const start = () =>
      requestPageContext('variables')
        .then(({ page, settings, locale, labels }) => {
          if (!page || !isCiVariablesPage(page)) return;
          const controller = new AbortController();
          ctx.onInvalidated(() => controller.abort());
          watchCiVariablesPage({ page, data, settings, locale, labels }, controller.signal);
        })
        .catch(notStarted);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
  },
});
