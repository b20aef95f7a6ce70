import { RENEW_FRAGMENT } from '../gitlab/token-form';
import { createFormHelper, FORM_HELPER_ATTRIBUTE } from '../../components/panel/form-helper-button';
import { createGenerateButton, GENERATE_BUTTON_ATTRIBUTE } from '../../components/panel/generate-button';
import { findShownToken, isTokenRelevantMutation, type GitLabPage, type MountPlaces } from '../gitlab';
import { debugLine, gitLabLocationOf } from './page-context';
import { loadPanel } from './panel-loader';

/**
 * The token pages' watcher: places the buttons and, on a click, has the background inject the
 * panel code (./token-page.tsx) and hands it what the click needs.
 */

/** The pages this feature serves: GitLab's access token and deploy token pages. */
export const isTokenPage = (page: GitLabPage) => page.kind === 'access-tokens' || page.kind === 'deploy-tokens';

const panelFailed = (error: unknown) => debugLine(`token page: panel not loaded (${error instanceof Error ? error.name : 'error'})`);

function openPanel(page: GitLabPage, places: MountPlaces, opener: HTMLElement): void {
  // Read the token at click time: GitLab may have shown a newer one in the same input since.
  const shown = findShownToken(document, page, places);
  if (!shown) return;
  loadPanel('token', gitLabLocationOf(page)).then((panel) => panel.open(page, shown, opener), panelFailed);
}

// GitLab's token creation forms, by id (docs/gitlab-compatibility.md, "Token pages"); the deploy form is the one holding its name field.
const TOKEN_FORMS = 'form#js-new-access-token-form, form#token-create-form';
const tokenForm = (): HTMLFormElement | null =>
  document.querySelector<HTMLFormElement>(TOKEN_FORMS) ?? document.querySelector('#deploy_token_name')?.closest('form') ?? null;

/** Renew from the CI/CD page (issue 15): opened with this fragment, the page prepares GitLab's form once. */
let renewPending = location.hash === `#${RENEW_FRAGMENT}`;

/** Puts "Create registry read token" at the top of GitLab's token form, once per form. */
function placeFormHelper(page: GitLabPage): void {
  const form = tokenForm();
  if (!form || form.querySelector(`[${FORM_HELPER_ATTRIBUTE}]`)) return;
  form.prepend(createFormHelper(async () => (await loadPanel('token', gitLabLocationOf(page))).fillTokenForm(page)));
  if (renewPending && page.kind === 'access-tokens') {
    renewPending = false;
    loadPanel('token', gitLabLocationOf(page)).then((panel) => panel.renew(page), panelFailed);
  }
}

const addsForm = (record: MutationRecord) =>
  Array.from(record.addedNodes).some((node) => node instanceof Element && (node.matches('form') || node.querySelector('form') !== null));

/**
 * Puts the button next to the token GitLab shows, and keeps it next to the newest one. Watches
 * only for mutations that can bring a token display (no polling); unknown markup means no button.
 */
export function watchTokenPage(page: GitLabPage, places: MountPlaces, signal: AbortSignal): void {
  let button: HTMLButtonElement | null = null;
  const place = () => {
    const shown = findShownToken(document, page, places);
    if (!shown) {
      button?.remove();
      button = null;
      return;
    }
    // GitLab's token field: Chromium's session restore would write its value to disk. Every time:
    // GitLab re-renders the field in place for a newer token and drops the attribute (the button
    // stays where it is then). Set only where missing, so that this causes no mutation of its own.
    for (const input of Array.from(shown.container.querySelectorAll('input'))) {
      if (input.getAttribute('autocomplete') !== 'off') input.autocomplete = 'off';
    }
    if (button?.isConnected && shown.anchor.nextElementSibling === button) return;
    button?.remove();
    button = createGenerateButton((opener) => openPanel(page, places, opener));
    shown.anchor.after(button);
  };
  const observer = new MutationObserver((records) => {
    try {
      if (records.some((record) => (isTokenRelevantMutation(record) || record.attributeName === 'autocomplete') && !isOurs(record.target))) place();
      if (records.some(addsForm)) placeFormHelper(page);
    } catch (error) {
      debugLine(`token page: ${error instanceof Error ? error.name : 'error'} while placing the button`);
    }
  });
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    // autocomplete: GitLab may drop ours from its token field when it re-renders it.
    attributeFilter: ['data-clipboard-text', 'value', 'autocomplete'],
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    button?.remove();
    document.querySelector(`[${FORM_HELPER_ATTRIBUTE}]`)?.remove();
  });
  place();
  placeFormHelper(page);
  // A token page with none of GitLab's token forms, displays or app mount points we know: a
  // GitLab release whose markup we have not seen. No button then, and one line to say why.
  if (!button && !tokenForm() && !places.found) debugLine(`token page: unknown GitLab markup on ${page.kind} (${page.owner}), no button`);
}

const isOurs = (node: Node) => node instanceof Element && node.closest(`[${GENERATE_BUTTON_ATTRIBUTE}]`) !== null;
