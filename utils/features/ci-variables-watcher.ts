import { BUTTON_HINT_ATTRIBUTE, createButtonHint, createGenerateButton, GENERATE_BUTTON_ATTRIBUTE } from '../../components/panel/generate-button';
import { FILL_STATUS_ATTRIBUTE } from '../../components/panel/fill-status';
import type { GitLabPage } from '../gitlab/page';
import { ADD_VARIABLE_BUTTON } from '../gitlab/variable-form/fill';
import type { VariablesPageData } from '../gitlab/variable-form/page-data';
import type { Locale, PageSettings, WatcherLabels } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';
import { debugLine } from './page-context';
import type { VariablePanelSession } from './panel-bridge';
import { loadPanel } from './panel-loader';

/**
 * The CI/CD variables page's watcher: places the button next to GitLab's Add variable button,
 * takes a pending hand-off once, and has the background inject the panel and form-filling code
 * (./ci-variables-page.tsx) only on a click or when a hand-off is there.
 */

/** The pages this feature serves: project, group and instance CI/CD settings. */
export type CiVariablesPage = Extract<GitLabPage, { kind: 'ci-variables' }>;
export const isCiVariablesPage = (page: GitLabPage): page is CiVariablesPage => page.kind === 'ci-variables';

/** One line for debugging, naming the step and the error's kind only (never a value). */
export const debugFailure = (step: string) => (error: unknown) =>
  debugLine(`ci variables: ${step} (${error instanceof Error ? error.name : 'error'})`);

export interface CiVariablesPageContext {
  page: CiVariablesPage;
  /** What GitLab's variables app stated before it mounted. */
  data: VariablesPageData;
  /** This GitLab's settings (variable key, Protect, Save automatically), as the background read them. */
  settings: PageSettings;
  locale: Locale;
  labels: WatcherLabels;
}

export function watchCiVariablesPage({ page, data, settings, locale, labels }: CiVariablesPageContext, signal: AbortSignal): void {
  const location = { origin: window.location.origin, relativeRoot: page.relativeRoot };
  let button: HTMLButtonElement | null = null;
  let handoffAsked = false;
  /** What the existing variable holds: a hint, or a warning when it will stop working. */
  let hint: HTMLElement | null = null;
  let session: Promise<VariablePanelSession> | null = null;
  /** The panel code's session on this page, injected on first use. */
  const panel = () =>
    (session ??= loadPanel('variables', location).then(
      (entry) => entry.start(page, data, settings, signal),
      (error: unknown) => {
        session = null;
        throw error;
      },
    ));

  /** A value handed over from a token page: the panel code fills GitLab's form once. */
  const takeHandoff = async () => {
    if (page.owner === 'instance' || page.fullPath === null) return;
    const pending = await sendToBackground({
      type: 'handoff-take',
      target: { location, owner: page.owner, fullPath: page.fullPath },
    });
    if (pending !== null) await (await panel()).handOff(pending);
  };

  const place = () => {
    const add = document.querySelector<HTMLElement>(ADD_VARIABLE_BUTTON);
    if (add === null) return;
    if (button?.isConnected && add.nextElementSibling === button) return;
    button?.remove();
    button = createGenerateButton(labels.generate, (opener) => {
      panel().then((opened) => opened.open(null, opener), debugFailure('panel not loaded'));
    }, add);
    add.after(button);
    if (hint) button.after(hint);
    if (!handoffAsked) {
      handoffAsked = true;
      takeHandoff().catch(debugFailure('handoff failed'));
      // Credential health (issue 15): one read of the variable on load, said next to the button.
      sendToBackground({ type: 'credential-hint', location, scope: { owner: page.owner, fullPath: page.fullPath }, locale })
        .then((answer) => answer && button?.after((hint = createButtonHint(answer))))
        .catch(debugFailure('hint failed'));
    }
  };

  const observer = new MutationObserver((records) => {
    try {
      // Only insertions can bring GitLab's Add variable button (back); removals need no work.
      if (records.some((record) => record.addedNodes.length > 0 && !isOurs(record.target))) place();
    } catch (error) {
      debugFailure('button not placed')(error);
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    button?.remove();
    hint?.remove();
  });
  place();
}

const isOurs = (node: Node) =>
  node instanceof Element && node.closest(`[${GENERATE_BUTTON_ATTRIBUTE}], [${FILL_STATUS_ATTRIBUTE}], [${BUTTON_HINT_ATTRIBUTE}]`) !== null;
