/**
 * Fills GitLab's "Add variable" form with DOCKER_AUTH_CONFIG (docs/gitlab-compatibility.md,
 * "CI/CD variable form"): key (the GitLab's setting, DOCKER_AUTH_CONFIG unless changed), value,
 * type File, Expand variable reference off, masked where the rule for unexpanded values accepts
 * the value and the form's own validation agrees (else visible, and the report says why), Protect
 * left to GitLab's default or set on/off as asked, environment scope `*`, a description where the
 * field exists. Then it READS THE FORM BACK and says which field did not take. It presses GitLab's
 * save button only when asked (saveAutomatically), once, and only after a complete, verified fill;
 * it never sends a key (no Enter, no Escape).
 *
 * What GitLab's own components do, and this contract relies on:
 * - Opening: a scripted click on Add variable does not open the modal that GitLab creates on
 *   demand (15.x-16.5): the modal directive's show event fires before Vue has created the modal.
 *   So after one render, if no form exists at all, Add is clicked once more (idempotent: a shown
 *   modal or drawer ignores it); if the form still does not open, the report says so.
 * - Settling: the form is ready when nothing in it shows GitLab's loading state (a spinner, or
 *   `aria-busy` on the environments listbox). A disabled item is NOT loading: the environments
 *   dropdown always holds a disabled hint item.
 * - Scope `*`: on a new variable GitLab's environments dropdown selects nothing and its form
 *   saves `*`; so "no environment selected" or "`*` selected" both mean `*`.
 */
import { detectVariableForm, DRAWER, MODAL, openFormContainer } from './adapters';
import { afterRender, inputOf, setChecked, setText, waitFor } from './dom';
import type {
  UnmaskedReason,
  VariableFormAdapter,
  VariableFormField,
  VariableFormReport,
  VariableFormRequest,
  VariableFormSubmission,
} from './types';

export const ADD_VARIABLE_BUTTON = '[data-testid="add-ci-variable-button"], [data-qa-selector="add_ci_variable_button"]';
const SUBMIT =
  '[data-testid="ci-variable-confirm-button"], [data-testid="ciUpdateOrAddVariableBtn"], [data-qa-selector="ci_variable_save_button"]';
const VALUE = 'textarea#ci-variable-value';
const DESCRIPTION = 'input#ci-variable-description, textarea#ci-variable-description';
const EXPAND = '[data-testid="ci-variable-expanded-checkbox"]';
const PROTECTED = '[data-testid="ci-variable-protected-checkbox"]';
const MASK_CHECKBOX = '[data-testid="ci-variable-masked-checkbox"]';
const VISIBLE_RADIO = '[data-testid="ci-variable-visible-radio"]';
const MASKED_RADIO = '[data-testid="ci-variable-masked-radio"]';
const ENVIRONMENT = '[data-testid="environment-scope"]';
/**
 * GitLab's loading state inside the form (the environments query while the drawer opens). Never a
 * disabled element: GitLab's environments dropdown always holds a disabled hint item.
 */
const LOADING = '.gl-spinner, [aria-busy="true"]';
const MUTATION_ALERT = '[data-testid="ci-variable-mutation-alert"]';
/** A form container that exists, shown or still rendering its fields. */
const ANY_FORM = `${DRAWER}, ${MODAL}`;

const OPEN_TIMEOUT_MS = 10_000;
/** A give-up bound for GitLab's loading state; the read-back decides after it, not this wait. */
const SETTLE_TIMEOUT_MS = 3_000;

/**
 * Tried masked when the rule for unexpanded values accepts the value: the generation's loosest
 * rule (^\S{8,}$ from 15.x Apollo on; none in 15.0) narrowed by the page's own rule when it was
 * seen. GitLab's form then has the last word (see `write`).
 */
export function decideMasked(adapter: Pick<VariableFormAdapter, 'rawMaskRule' | 'hasExpand'>, value: string, pageRule: string | null): boolean {
  if (!adapter.hasExpand || adapter.rawMaskRule === null) return false;
  let rule = adapter.rawMaskRule;
  if (pageRule !== null) {
    try {
      rule = new RegExp(pageRule);
    } catch {
      // keep the generation's rule
    }
  }
  return rule.test(value) && adapter.rawMaskRule.test(value);
}

export const descriptionFor = (registry: string) => `Registry credentials for ${registry}`;

function isMasked(container: Element, adapter: VariableFormAdapter): boolean | null {
  const input = inputOf(container, adapter.visibility === 'checkbox' ? MASK_CHECKBOX : MASKED_RADIO);
  return input === null ? null : input.checked;
}

function setMasked(container: Element, adapter: VariableFormAdapter, masked: boolean): void {
  if (adapter.visibility === 'checkbox') setChecked(inputOf(container, MASK_CHECKBOX), masked);
  else setChecked(inputOf(container, masked ? MASKED_RADIO : VISIBLE_RADIO), true);
}

const submitOf = (container: Element) => container.querySelector<HTMLButtonElement>(SUBMIT);
const valueOf = (container: Element) => container.querySelector<HTMLTextAreaElement>(VALUE);

/** The form's own verdict on the value: error state on the field or a disabled submit button. */
function formRefuses(container: Element): boolean {
  const value = valueOf(container);
  const submit = submitOf(container);
  return (
    value === null ||
    value.getAttribute('aria-invalid') === 'true' ||
    value.classList.contains('is-invalid') ||
    submit === null ||
    submit.disabled
  );
}

const guarded = new WeakSet<Element>();

/**
 * Chromium's session restore writes form values to disk unless the field says autocomplete="off".
 * GitLab's textarea (BootstrapVue) removes that attribute whenever it re-renders, e.g. on every
 * input: put it back each time, for as long as the field lives (the observer goes with it).
 */
function keepAutocompleteOff(field: HTMLTextAreaElement): void {
  field.autocomplete = 'off';
  if (guarded.has(field)) return;
  guarded.add(field);
  new MutationObserver(() => {
    if (field.getAttribute('autocomplete') !== 'off') field.autocomplete = 'off';
  }).observe(field, { attributes: true, attributeFilter: ['autocomplete'] });
}

interface Visibility {
  masked: boolean;
  /** Why the value stays visible; null when masked. */
  unmaskedBecause: UnmaskedReason | null;
}

/** Writes every field; returns the visibility chosen after the form's verdict. */
async function write(container: Element, adapter: VariableFormAdapter, request: VariableFormRequest): Promise<Visibility> {
  adapter.chooseFile(container);
  const key = adapter.keyInput(container);
  if (key !== null) setText(key, request.key);
  const value = valueOf(container);
  if (value !== null) {
    keepAutocompleteOff(value);
    setText(value, request.value);
  }
  if (adapter.hasDescription) {
    const description = container.querySelector<HTMLInputElement>(DESCRIPTION);
    if (description !== null) setText(description, request.description ?? descriptionFor(request.registry));
  }
  if (adapter.hasExpand) setChecked(inputOf(container, EXPAND), false);
  if (request.protect !== null) setChecked(inputOf(container, PROTECTED), request.protect);
  const masked = decideMasked(adapter, request.value, request.pageRawMaskRule);
  setMasked(container, adapter, masked);
  await afterRender();
  if (!masked) return { masked: false, unmaskedBecause: 'rule' };
  if (formRefuses(container)) {
    setMasked(container, adapter, false);
    await afterRender();
    return { masked: false, unmaskedBecause: 'form' };
  }
  return { masked: true, unmaskedBecause: null };
}

/**
 * The environment scope is `*`: GitLab's dropdown selects nothing on a new variable (its form
 * saves `*`), or the `*` item is selected. Decided from `aria-selected` only, so in every locale.
 * No scope field (instance variables): `*`.
 */
export function environmentIsAll(container: Element): boolean {
  return container.querySelector(`${ENVIRONMENT} [role="option"][aria-selected="true"]:not([data-testid="listbox-item-*"])`) === null;
}

function readBack(container: Element, adapter: VariableFormAdapter, request: VariableFormRequest, visibility: Visibility): VariableFormReport {
  const { masked } = visibility;
  const missing: VariableFormField[] = [];
  if (adapter.keyInput(container)?.value !== request.key) missing.push('key');
  if (valueOf(container)?.value !== request.value) missing.push('value');
  if (adapter.isFile(container) !== true) missing.push('type');
  if (adapter.hasExpand && inputOf(container, EXPAND)?.checked !== false) missing.push('expand');
  if (isMasked(container, adapter) !== masked) missing.push('visibility');
  if (!environmentIsAll(container)) missing.push('environment');
  if (adapter.hasDescription && container.querySelector<HTMLInputElement>(DESCRIPTION)?.value !== (request.description ?? descriptionFor(request.registry))) {
    missing.push('description');
  }
  const protectedBox = inputOf(container, PROTECTED);
  if (request.protect !== null && protectedBox?.checked !== request.protect) missing.push('protected');
  const submit = submitOf(container);
  return {
    generation: adapter.generation,
    complete: missing.length === 0 && submit !== null && !submit.disabled,
    missing,
    masked,
    unmaskedBecause: visibility.unmaskedBecause,
    protected: protectedBox ? protectedBox.checked : null,
    problem: null,
  };
}

/**
 * Presses GitLab's save button (enabled: the fill was verified) and waits for the form's word:
 * the drawer shows its mutation alert (success or danger), the modal closes.
 */
async function submit(container: Element): Promise<VariableFormSubmission> {
  submitOf(container)?.click();
  // Let GitLab render the click first (it clears a previous alert).
  await afterRender();
  const outcome = await waitFor<VariableFormSubmission>(
    container.ownerDocument.body,
    () => {
      const alert = container.querySelector(MUTATION_ALERT);
      if (alert !== null) return alert.classList.contains('gl-alert-success') ? 'saved' : 'refused';
      return !container.isConnected || valueOf(container) === null ? 'pressed' : null;
    },
    OPEN_TIMEOUT_MS,
  );
  return outcome ?? 'pressed';
}

/**
 * The problems a fill reports, in English (the report's tests read them); the panel says them in
 * the page's language from its catalogue (fill.no-add-button, fill.not-opened).
 */
export const FORM_PROBLEMS = {
  noAddButton: "GitLab's Add variable button is missing or disabled (the project may have reached its variable limit).",
  notOpened: "GitLab's variable form did not open, or not in a way this extension knows: open it with GitLab's Add variable button and try again, or fill it in yourself.",
} as const;

const failure = (problem: string): VariableFormReport => ({
  generation: null,
  complete: false,
  missing: [],
  masked: false,
  unmaskedBecause: null,
  protected: null,
  problem,
});

/**
 * Opens GitLab's add form unless one is open. One scripted click may create GitLab's on-demand
 * modal without showing it (see the contract above): after GitLab has rendered, a second click
 * is made only when no form exists at all, so two forms are never opened. Returns a problem for
 * the person, or null once the form's container is there (or on its way).
 */
async function openAddForm(doc: Document): Promise<string | null> {
  if (openFormContainer(doc) !== null) return null;
  const add = doc.querySelector<HTMLButtonElement>(ADD_VARIABLE_BUTTON);
  if (add === null || add.disabled) {
    return FORM_PROBLEMS.noAddButton;
  }
  add.click();
  await afterRender();
  if (doc.querySelector(ANY_FORM) === null && add.isConnected && !add.disabled) add.click();
  return null;
}

/**
 * Opens GitLab's add form (when it is not open), waits until it has settled, fills it, reads it
 * back and reports through `onReport` (and, with saveAutomatically, once more after the save).
 * GitLab's drawer resets its form when it is created and after a save, never later on its own:
 * a reset met while filling is answered by filling once more. Resolves with the last report.
 */
export async function fillVariableForm(
  doc: Document,
  request: VariableFormRequest,
  onReport: (report: VariableFormReport) => void = () => {},
): Promise<VariableFormReport> {
  const report = (value: VariableFormReport) => {
    onReport(value);
    return value;
  };
  const notOpened = await openAddForm(doc);
  if (notOpened !== null) return report(failure(notOpened));
  const found = await waitFor(
    doc.body,
    () => {
      const container = openFormContainer(doc);
      const adapter = container && detectVariableForm(container);
      return container && adapter ? { container, adapter } : null;
    },
    OPEN_TIMEOUT_MS,
  );
  if (found === null) {
    return report(failure(FORM_PROBLEMS.notOpened));
  }
  const { container, adapter } = found;
  await waitFor(container, () => (container.querySelector(LOADING) === null ? true : null), SETTLE_TIMEOUT_MS);

  let visibility = await write(container, adapter, request);
  // GitLab reset the form while it was being filled (its drawer does so when created): fill it again.
  if (wasReset(container, adapter, request)) visibility = await write(container, adapter, request);
  const filled = readBack(container, adapter, request, visibility);
  // Save automatically: GitLab's button, once, and only after a complete, verified fill.
  if (request.saveAutomatically !== true || !filled.complete) return report(filled);
  return report({ ...filled, submitted: await submit(container) });
}

const wasReset = (container: Element, adapter: VariableFormAdapter, request: VariableFormRequest) =>
  adapter.keyInput(container)?.value !== request.key && valueOf(container)?.value !== request.value;
