import { createFillStatus, type FillStatusState } from '../../components/panel/fill-status';
import { GENERATE_BUTTON_ATTRIBUTE } from '../../components/panel/generate-button';
import { openInPagePanel } from '../../components/panel/mount';
import { PanelLanguage } from '../../components/panel/text';
import { VariablePanel } from '../../components/panel/VariablePanel';
import { fillVariableForm, firstFieldOfOpenForm, FORM_PROBLEMS, type VariableFormReport, type VariablesPageData } from '../gitlab/variable-form';
import { sentences } from '../../components/i18n';
import type { Locale } from '../i18n';
import { injectedPageText, type PageMessageId, type PageTranslate } from '../i18n/page-catalogue';
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

const FIELD_NAMES: Record<string, PageMessageId> = {
  type: 'fill.field.type',
  expand: 'fill.field.expand',
  environment: 'fill.field.environment',
};

/** The form-filling problems the fill reports (in English, for its tests), said in the page's language. */
const PROBLEM_TEXT: ReadonlyArray<[string, PageMessageId]> = [
  [FORM_PROBLEMS.noAddButton, 'fill.no-add-button'],
  [FORM_PROBLEMS.notOpened, 'fill.not-opened'],
];

const scopeOf = (page: CiVariablesPage): VariableScope => ({ owner: page.owner, fullPath: page.fullPath });

/** The Protect box as the GitLab's setting wants it: null leaves GitLab's default. */
export const formProtect = (protect: PageSettings['protect']): boolean | null => (protect === 'gitlab' ? null : protect === 'on');

/** The status line's state: filled (for the person to save), saved, or not (yet). */
export const statusOf = (report: VariableFormReport): Exclude<FillStatusState, 'filling'> =>
  report.submitted ? (report.submitted === 'refused' ? 'incomplete' : 'saved') : report.complete ? 'filled' : 'incomplete';

const FILLED: Record<'masked' | NonNullable<VariableFormReport['unmaskedBecause']>, PageMessageId> = {
  masked: 'fill.masked',
  rule: 'fill.visible-rule',
  form: 'fill.visible-form',
};

const SUBMITTED: Record<NonNullable<VariableFormReport['submitted']>, PageMessageId> = {
  pressed: 'fill.pressed',
  saved: 'fill.pressed-saved',
  refused: 'fill.pressed-refused',
};

/**
 * What the person reads after a fill: what was set, what to set by hand, what to know. Sentences
 * follow each other whole; none is built from fragments.
 */
export function describeReport(report: VariableFormReport, key: string, t: PageTranslate, locale: Locale = 'en'): string {
  if (report.problem !== null) return t(PROBLEM_TEXT.find(([english]) => english === report.problem)?.[1] ?? 'fill.not-opened');
  const notes = [t('fill.file-note', { command: `cp "$${key}" ~/.docker/config.json` }), ...(report.protected ? [t('fill.protected-note')] : [])];
  const filled = t(FILLED[report.masked ? 'masked' : (report.unmaskedBecause ?? 'rule')], { key });
  // Save automatically: GitLab's own button was pressed once; GitLab's answer is said as seen.
  const outcome = report.submitted
    ? t(SUBMITTED[report.submitted], { filled })
    : report.complete
      ? t('fill.filled', { filled })
      : report.missing.length
        ? t('fill.not-filled', { fields: report.missing.map((field) => (FIELD_NAMES[field] ? t(FIELD_NAMES[field]) : field)).join(t('panel.list-separator')) })
        : t('fill.not-accepted');
  return sentences(locale, [outcome, ...notes]);
}

/** The language the background injected with this file (the GitLab page's), read once when the panel code starts. */
const { locale, t } = injectedPageText();

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
  const status = createFillStatus(document, t('fill.dismiss'), () => document.querySelector<HTMLElement>(`[${GENERATE_BUTTON_ATTRIBUTE}]`));
  signal.addEventListener('abort', () => status.remove());

  /**
   * `focusForm`: the person pressed Fill variable form; focus then goes into GitLab's form.
   * `description`: what names the token and its expiry (issue 15), when the hand-off knew it.
   */
  const fill = (json: string, registry: string, focusForm = false, description: string | null = null) => {
    status.show('filling', t('fill.filling'));
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
        status.show(statusOf(report), describeReport(report, key, t, locale));
        if (focusForm) firstFieldOfOpenForm(document)?.focus();
      },
    ).catch(debugFailure('fill failed'));
  };

  const openPanel = (preset: { json: string; registry: string } | null, opener: HTMLElement | null = null) =>
    openInPagePanel((close) => (
      <PanelLanguage locale={locale} t={t}>
      <VariablePanel
        preset={preset}
        owner={scope.owner}
        settings={settings}
        protectedByDefault={data.protectedByDefault}
        resultUrl={window.location.href.split('#')[0]!}
        prefill={() =>
          sendToBackground({
            type: 'token-context',
            locale,
            location,
            owner: 'personal',
            scope: scope.owner === 'instance' ? 'personal' : scope.owner,
            projectId: page.projectId,
            groupId: page.groupId,
            fullPath: page.fullPath,
          })
        }
        build={(registry, username, secret) => sendToBackground({ type: 'build-config', locale, location, registry, username, secret })}
        lookup={() => sendToBackground({ type: 'variables-lookup', locale, location, scope })}
        save={(mode, json, registry) =>
          sendToBackground({
            type: 'variables-save',
            locale,
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
        checkHealth={() => sendToBackground({ type: 'credential-health', locale, location, scope })}
      />
      </PanelLanguage>
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
