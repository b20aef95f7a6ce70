import { createGenerateButton, GENERATE_BUTTON_ATTRIBUTE } from '../../components/panel/generate-button';
import type { GitLabPage } from '../gitlab/page';
import { findShownToken, isTokenRelevantMutation, type MountPlaces } from '../gitlab/token-display';
import type { WatcherLabels } from '../messaging/protocol';
import { debugLine, gitLabLocationOf } from './page-context';
import type { TokenDisplayEntry } from './panel-bridge';
import { loadPanel } from './panel-loader';

/**
 * The token pages' second stage (./token-page-watcher.ts has it injected when GitLab shows a
 * token): keeps the Generate button next to the newest token GitLab shows, and on a click has
 * the panel (./token-page.tsx) injected and hands it the token read at that moment.
 */

const panelFailed = (error: unknown) => debugLine(`token page: panel not loaded (${error instanceof Error ? error.name : 'error'})`);

function openPanel(page: GitLabPage, places: MountPlaces, opener: HTMLElement): void {
  // Read the token at click time: GitLab may have shown a newer one in the same input since.
  const shown = findShownToken(document, page, places);
  if (!shown) return;
  loadPanel('token', gitLabLocationOf(page)).then((panel) => panel.open(page, shown, opener), panelFailed);
}

const isOurs = (node: Node) => node instanceof Element && node.closest(`[${GENERATE_BUTTON_ATTRIBUTE}]`) !== null;

/**
 * Puts the button next to the token GitLab shows, and keeps it next to the newest one. Watches
 * only for mutations that can bring a token display (no polling); unknown markup means no button.
 */
function watchTokenDisplay(page: GitLabPage, places: MountPlaces, labels: WatcherLabels, signal: AbortSignal): void {
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
    button = createGenerateButton(labels.generate, (opener) => openPanel(page, places, opener));
    shown.anchor.after(button);
  };
  const observer = new MutationObserver((records) => {
    try {
      if (records.some((record) => (isTokenRelevantMutation(record) || record.attributeName === 'autocomplete') && !isOurs(record.target))) place();
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
  });
  place();
}

export const tokenDisplayEntry: TokenDisplayEntry = { watch: watchTokenDisplay };
