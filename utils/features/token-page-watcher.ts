import { RENEW_FRAGMENT } from '../gitlab/token-form';
import { createFormHelper, FORM_HELPER_ATTRIBUTE } from '../../components/panel/form-helper-button';
import type { GitLabPage } from '../gitlab/page';
import { ANY_TOKEN_INPUT } from '../gitlab/token-display/inputs';
import type { MountPlaces } from '../gitlab/token-display/mount-places';
import type { Locale, WatcherLabels } from '../messaging/protocol';
import { debugLine, gitLabLocationOf } from './page-context';
import { loadPanel } from './panel-loader';

/**
 * The token pages' watcher, parsed on every token page (issue 16: small). It puts "Create
 * registry read token" into GitLab's token form, and when GitLab shows a token (one of its
 * token inputs appears) has the background inject the display code (./token-display-watcher.ts),
 * which places the Generate button; the panel (./token-page.tsx) is injected on a click.
 */

/** The pages this feature serves: GitLab's access token and deploy token pages. */
export const isTokenPage = (page: GitLabPage) => page.kind === 'access-tokens' || page.kind === 'deploy-tokens';

export interface TokenPageContext {
  page: GitLabPage;
  places: MountPlaces;
  locale: Locale;
  labels: WatcherLabels;
}

const failed = (step: string) => (error: unknown) => debugLine(`token page: ${step} (${error instanceof Error ? error.name : 'error'})`);

// GitLab's token creation forms, by id (docs/gitlab-compatibility.md, "Token pages"); the deploy form is the one holding its name field.
const TOKEN_FORMS = 'form#js-new-access-token-form, form#token-create-form';
const tokenForm = (): HTMLFormElement | null =>
  document.querySelector<HTMLFormElement>(TOKEN_FORMS) ?? document.querySelector('#deploy_token_name')?.closest('form') ?? null;

/** Renew from the CI/CD page (issue 15): opened with this fragment, the page prepares GitLab's form once. */
let renewPending = location.hash === `#${RENEW_FRAGMENT}`;

/** Puts "Create registry read token" at the top of GitLab's token form, once per form. */
function placeFormHelper({ page, locale, labels }: TokenPageContext): void {
  const form = tokenForm();
  if (!form || form.querySelector(`[${FORM_HELPER_ATTRIBUTE}]`)) return;
  const panel = () => loadPanel('token', gitLabLocationOf(page));
  form.prepend(createFormHelper(labels, async () => (await panel()).fillTokenForm(page, locale)));
  if (renewPending && page.kind === 'access-tokens') {
    renewPending = false;
    panel().then((entry) => entry.renew(page), failed('panel not loaded'));
  }
}

const added = (records: MutationRecord[], selector: string) =>
  records.some((record) =>
    Array.from(record.addedNodes).some((node) => node instanceof Element && (node.matches(selector) || node.querySelector(selector) !== null)),
  );

/**
 * GitLab's token fields: Chromium's session restore would write their value to disk unless they
 * say autocomplete="off". Set here, in the mutation callback that sees the field arrive, not by
 * the display code, which is injected some milliseconds later: Chromium may save the tab's form
 * state in between. Set only where missing, so that this causes no mutation of its own.
 */
export function keepTokenFieldsOffDisk(): void {
  for (const field of Array.from(document.querySelectorAll(ANY_TOKEN_INPUT))) {
    for (const input of [field, ...Array.from(field.querySelectorAll('input'))]) {
      if (input instanceof HTMLInputElement && input.getAttribute('autocomplete') !== 'off') input.autocomplete = 'off';
    }
  }
}

export function watchTokenPage(context: TokenPageContext, signal: AbortSignal): void {
  const { page, places, labels } = context;
  let display: Promise<unknown> | null = null;
  /** GitLab shows a token: the display code takes over the button from here on. */
  const startDisplay = () =>
    (display ??= loadPanel('token-display', gitLabLocationOf(page)).then(
      (entry) => entry.watch(page, places, labels, signal),
      (error: unknown) => {
        display = null;
        failed('display not loaded')(error);
      },
    ));
  const observer = new MutationObserver((records) => {
    try {
      if (added(records, ANY_TOKEN_INPUT)) {
        keepTokenFieldsOffDisk();
        if (!display) void startDisplay();
      }
      if (added(records, 'form')) placeFormHelper(context);
    } catch (error) {
      failed('watching failed')(error);
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    document.querySelector(`[${FORM_HELPER_ATTRIBUTE}]`)?.remove();
  });
  placeFormHelper(context);
  // A token rendered by the server (GitLab <= 15.0 reloads the page to show it).
  if (document.querySelector(ANY_TOKEN_INPUT)) {
    keepTokenFieldsOffDisk();
    void startDisplay();
  }
  // A token page with none of GitLab's token forms, displays or app mount points we know: a
  // GitLab release whose markup we have not seen. No button then, and one line to say why.
  else if (!tokenForm() && !places.found) debugLine(`token page: unknown GitLab markup on ${page.kind} (${page.owner}), no button`);
}
