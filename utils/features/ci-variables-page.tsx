import { createFillStatus, type FillStatusState } from '../../components/panel/fill-status';
import { GENERATE_BUTTON_ATTRIBUTE } from '../../components/panel/generate-button';
import { openInPagePanel } from '../../components/panel/mount';
import { VariablePanel } from '../../components/panel/VariablePanel';
import { fillVariableForm, firstFieldOfOpenForm, type VariableFormReport, type VariablesPageData } from '../gitlab/variable-form';
import type { PageSettings, VariableScope } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';
import { debugFailure, type CiVariablesPage } from './ci-variables-watcher';
import { debugLine } from './page-context';
import type { VariablePanelEntry, VariablePanelSession } from './panel-bridge';

/**
 * The CI/CD variables page's panel and form filling: injected by the background only on a click
 * of the watcher's button or when a hand-off is pending (./ci-variables-watcher.ts,
 * ./panel-bridge.ts).
 */

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

/**
 * `settings`: this GitLab's (variable key, Protect, Save automatically), as the background read
 * them. The status box of the fills is made with the session, before anything is said in it.
 */
function startSession(page: CiVariablesPage, data: VariablesPageData, settings: PageSettings, signal: AbortSignal) {
  const key = settings.variableKey;
  const location = { origin: window.location.origin, relativeRoot: page.relativeRoot };
  const scope = scopeOf(page);
  // After Dismiss, focus goes back to the Generate button that started it all.
  const status = createFillStatus(document, () => document.querySelector<HTMLElement>(`[${GENERATE_BUTTON_ATTRIBUTE}]`));
  signal.addEventListener('abort', () => status.remove());

  /**
   * `focusForm`: the person pressed Fill variable form; focus then goes into GitLab's form.
   * `description`: what names the token and its expiry (issue 15), when the hand-off knew it.
   */
  const fill = (json: string, registry: string, focusForm = false, description: string | null = null) => {
    status.show('filling', "Filling GitLab's variable form…");
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
        status.show(statusOf(report), describeReport(report, key));
        if (focusForm) firstFieldOfOpenForm(document)?.focus();
      },
    ).catch(debugFailure('fill failed'));
  };

  const openPanel = (preset: { json: string; registry: string } | null, opener: HTMLElement | null = null) =>
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
          fill(json, registry, true);
        }}
        onClose={close}
        checkHealth={() => sendToBackground({ type: 'credential-health', location, scope })}
      />
    ), opener);

  /** A value handed over from a token page: fill GitLab's form once, or ask first when one exists. */
  const handOff: VariablePanelSession['handOff'] = async (pending) => {
    const existing = await sendToBackground({ type: 'variables-lookup', location, scope }).catch(() => undefined);
    // Never walk into GitLab's "has already been taken": an existing one (or not knowing) asks first.
    if (existing === null) fill(pending.json, pending.registry, false, pending.description ?? null);
    else openPanel(pending);
  };

  return { open: openPanel, handOff };
}

export const variablePanelEntry: VariablePanelEntry = { start: startSession };
