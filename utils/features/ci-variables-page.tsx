import { createFillStatus, FILL_STATUS_ATTRIBUTE, type FillStatus, type FillStatusState } from '../../components/panel/fill-status';
import { BUTTON_HINT_ATTRIBUTE, createButtonHint, createGenerateButton, GENERATE_BUTTON_ATTRIBUTE } from '../../components/panel/generate-button';
import { openInPagePanel } from '../../components/panel/mount';
import { VariablePanel } from '../../components/panel/VariablePanel';
import type { GitLabPage } from '../gitlab/page';
import {
  ADD_VARIABLE_BUTTON,
  fillVariableForm,
  type VariableFormReport,
  type VariablesPageData,
} from '../gitlab/variable-form';
import type { PageSettings, VariableScope } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';
import { debugLine } from './page-context';

/** The pages this feature serves: project, group and instance CI/CD settings. */
export type CiVariablesPage = Extract<GitLabPage, { kind: 'ci-variables' }>;
export const isCiVariablesPage = (page: GitLabPage): page is CiVariablesPage => page.kind === 'ci-variables';

/** One line for debugging, naming the step and the error's kind only (never a value). */
export const debugFailure = (step: string) => (error: unknown) =>
  debugLine(`ci variables: ${step} (${error instanceof Error ? error.name : 'error'})`);

const FIELD_NAMES: Record<string, string> = {
  type: 'Type File',
  expand: 'Expand off',
  environment: 'Environments *',
};

const scopeOf = (page: CiVariablesPage): VariableScope => ({ owner: page.owner, fullPath: page.fullPath });

const scopeName = (scope: VariableScope) => (scope.owner === 'instance' ? 'the instance' : `this ${scope.owner}`);

/** The Protect box as the GitLab's setting wants it: null leaves GitLab's default. */
export const formProtect = (protect: PageSettings['protect']): boolean | null => (protect === 'gitlab' ? null : protect === 'on');

/** The status line's state: filled (for the person to save), saved, or not (yet). */
export const statusOf = (report: VariableFormReport): Exclude<FillStatusState, 'filling'> =>
  report.submitted ? (report.submitted === 'refused' ? 'incomplete' : 'saved') : report.complete ? 'filled' : 'incomplete';

const VISIBLE_BECAUSE: Record<NonNullable<VariableFormReport['unmaskedBecause']>, string> = {
  rule: 'visible (this GitLab cannot mask JSON)',
  form: "visible (GitLab's form refused Masked for this value)",
};

/** What the person reads after a fill: what was set, what to set by hand, what to know. */
export function describeReport(report: VariableFormReport, key: string): string {
  if (report.problem !== null) return report.problem;
  const notes = ` With type File, scripts get a path: cp "$${key}" ~/.docker/config.json.${
    report.protected ? ' Protected: only pipelines of protected branches and tags get it.' : ''
  }`;
  const visibility = report.masked ? 'masked' : VISIBLE_BECAUSE[report.unmaskedBecause ?? 'rule'];
  const filled = `${key}, type File, ${visibility}, Expand off`;
  if (report.submitted) {
    // Save automatically: GitLab's own button was pressed once; GitLab's answer is said as seen.
    return `Filled (${filled}) and pressed GitLab's save button${
      report.submitted === 'refused' ? ': GitLab refused it, see its message.' : report.submitted === 'saved' ? ': saved.' : '.'
    }${notes}`;
  }
  if (report.complete) {
    return `Filled: ${filled}. Review GitLab's form, then save it with GitLab's button.${notes}`;
  }
  const missing = report.missing.map((field) => FIELD_NAMES[field] ?? field).join(', ');
  return `${missing ? `Not filled: ${missing}. Set these yourself` : 'GitLab does not accept the form yet: check it'}, then save.${notes}`;
}

function csrfToken(): string | null {
  return document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? null;
}

/** `settings`: this GitLab's (variable key, Protect, Save automatically), as the background read them. */
export function watchCiVariablesPage(page: CiVariablesPage, data: VariablesPageData, settings: PageSettings, signal: AbortSignal): void {
  const key = settings.variableKey;
  const location = { origin: window.location.origin, relativeRoot: page.relativeRoot };
  const scope = scopeOf(page);
  let button: HTMLButtonElement | null = null;
  /** Made with the button, so that its live region exists before anything is said in it. */
  let status: FillStatus | null = null;
  let handoffAsked = false;
  /** What the existing variable holds (issue 15): one read on load, said next to the button. */
  let hint: HTMLElement | null = null;

  const fill = (json: string, registry: string, description: string | null = null) => {
    status?.show('filling', "Filling GitLab's variable form…");
    void fillVariableForm(
      document,
      {
        key,
        value: json,
        registry,
        description,
        protect: formProtect(settings.protect),
        pageRawMaskRule: data.maskableRawRegex,
        saveAutomatically: settings.saveAutomatically,
      },
      (report) => {
        if (report.generation === null) debugLine('ci variables: form not recognised');
        status?.show(statusOf(report), describeReport(report, key));
      },
    ).catch(debugFailure('fill failed'));
  };

  const openPanel = (preset: { json: string; registry: string } | null) =>
    openInPagePanel((close) => (
      <VariablePanel
        preset={preset}
        scopeName={scopeName(scope)}
        settings={settings}
        protectedByDefault={data.protectedByDefault}
        resultUrl={window.location.href.split('#')[0]!}
        prefill={() =>
          sendToBackground({
            type: 'token-context',
            location,
            owner: 'personal',
            scope: scope.owner === 'instance' ? 'personal' : scope.owner,
            projectId: page.projectId,
            groupId: page.groupId,
            fullPath: page.fullPath,
          })
        }
        build={(registry, username, secret) => sendToBackground({ type: 'build-config', location, registry, username, secret })}
        lookup={() => sendToBackground({ type: 'variables-lookup', location, scope })}
        save={(mode, json, registry) =>
          sendToBackground({
            type: 'variables-save',
            location,
            scope,
            csrfToken: csrfToken(),
            mode,
            json,
            registry,
            protectedByDefault: data.protectedByDefault,
            maskableRawRegex: data.maskableRawRegex,
          })
        }
        fillForm={(json, registry) => {
          close();
          fill(json, registry);
        }}
        onClose={close}
        checkHealth={() => sendToBackground({ type: 'credential-health', location, scope })}
      />
    ));

  /** A value handed over from a token page: fill GitLab's form once, or ask first when one exists. */
  const takeHandoff = async () => {
    if (scope.owner === 'instance' || scope.fullPath === null) return;
    const pending = await sendToBackground({
      type: 'handoff-take',
      target: { location, owner: scope.owner, fullPath: scope.fullPath },
    });
    if (pending === null) return;
    const existing = await sendToBackground({ type: 'variables-lookup', location, scope }).catch(() => undefined);
    // Never walk into GitLab's "has already been taken": an existing one (or not knowing) asks first.
    if (existing === null) fill(pending.json, pending.registry, pending.description ?? null);
    else openPanel(pending);
  };

  const place = () => {
    const add = document.querySelector<HTMLElement>(ADD_VARIABLE_BUTTON);
    if (add === null) return;
    if (button?.isConnected && add.nextElementSibling === button) return;
    button?.remove();
    button = createGenerateButton(() => openPanel(null));
    add.after(button);
    if (hint) button.after(hint);
    status ??= createFillStatus(document);
    if (!handoffAsked) {
      handoffAsked = true;
      takeHandoff().catch(debugFailure('handoff failed'));
      sendToBackground({ type: 'credential-hint', location, scope })
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
    status?.remove();
  });
  place();
}

const isOurs = (node: Node) =>
  node instanceof Element && node.closest(`[${GENERATE_BUTTON_ATTRIBUTE}], [${FILL_STATUS_ATTRIBUTE}], [${BUTTON_HINT_ATTRIBUTE}]`) !== null;
