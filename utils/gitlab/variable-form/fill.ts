/**
 * Fills GitLab's "Add variable" form with DOCKER_AUTH_CONFIG (facts §3, §4): key (the GitLab's
 * setting, DOCKER_AUTH_CONFIG unless changed), value, type File, Expand variable reference off,
 * masked where the generation's rule accepts the value and the form's own validation agrees
 * (else visible), Protect left to GitLab's default or set on/off as asked, environment scope `*`,
 * a description where the field exists. Then it READS THE FORM BACK and says which field did not
 * take. It presses GitLab's save button only when asked (saveAutomatically), once, and only after
 * a complete, verified fill; it never sends a key (no Enter, no Escape).
 */
import { detectVariableForm, openFormContainer } from './adapters';
import { afterRender, inputOf, setChecked, setText, waitFor } from './dom';
import type { VariableFormAdapter, VariableFormField, VariableFormReport, VariableFormRequest, VariableFormSubmission } from './types';

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
/** Signs that the form is still loading (the drawer resets its form when its query settles). */
const BUSY = `.gl-spinner, [aria-busy="true"], ${ENVIRONMENT} button[disabled]`;
const MUTATION_ALERT = '[data-testid="ci-variable-mutation-alert"]';

const OPEN_TIMEOUT_MS = 10_000;
/** How long after filling a late reset of the drawer is watched for (ends at the person's first touch). */
const GUARD_MS = 5_000;

/**
 * Masked when the rule for unexpanded values accepts the value: the page's own rule when it was
 * seen, else the generation's (16.x+: ^\S{8,}$; 15.x: JSON cannot be masked).
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

/** Writes every field; returns whether the value is (to be) masked after the form's verdict. */
async function write(container: Element, adapter: VariableFormAdapter, request: VariableFormRequest): Promise<boolean> {
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
    if (description !== null) setText(description, descriptionFor(request.registry));
  }
  if (adapter.hasExpand) setChecked(inputOf(container, EXPAND), false);
  if (request.protect !== null) setChecked(inputOf(container, PROTECTED), request.protect);
  let masked = decideMasked(adapter, request.value, request.pageRawMaskRule);
  setMasked(container, adapter, masked);
  await afterRender();
  if (masked && formRefuses(container)) {
    masked = false;
    setMasked(container, adapter, false);
    await afterRender();
  }
  return masked;
}

function readBack(container: Element, adapter: VariableFormAdapter, request: VariableFormRequest, masked: boolean): VariableFormReport {
  const missing: VariableFormField[] = [];
  if (adapter.keyInput(container)?.value !== request.key) missing.push('key');
  if (valueOf(container)?.value !== request.value) missing.push('value');
  if (adapter.isFile(container) !== true) missing.push('type');
  if (adapter.hasExpand && inputOf(container, EXPAND)?.checked !== false) missing.push('expand');
  if (isMasked(container, adapter) !== masked) missing.push('visibility');
  const environment = container.querySelector(ENVIRONMENT);
  const all = environment?.querySelector('[data-testid="listbox-item-*"]');
  if (all && all.getAttribute('aria-selected') !== 'true') missing.push('environment');
  if (adapter.hasDescription && container.querySelector<HTMLInputElement>(DESCRIPTION)?.value !== descriptionFor(request.registry)) {
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

const failure = (problem: string): VariableFormReport => ({
  generation: null,
  complete: false,
  missing: [],
  masked: false,
  protected: null,
  problem,
});

/**
 * Opens GitLab's add form (when it is not open), waits until it has settled, fills it, reads it
 * back and reports through `onReport`. A late reset of the form (GitLab's drawer resets once
 * after opening) is watched for until the person first touches the form: then the form is
 * filled once more and reported again. Resolves with the first report.
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
  if (openFormContainer(doc) === null) {
    const add = doc.querySelector<HTMLButtonElement>(ADD_VARIABLE_BUTTON);
    if (add === null || add.disabled) {
      return report(failure("GitLab's Add variable button is missing or disabled (the project may have reached its variable limit)."));
    }
    add.click();
  }
  const found = await waitFor(
    doc.body,
    () => {
      const container = openFormContainer(doc);
      const adapter = container && detectVariableForm(container);
      return container && adapter ? { container, adapter } : null;
    },
    OPEN_TIMEOUT_MS,
  );
  if (found === null) return report(failure("GitLab's variable form did not open in a way this extension knows. Fill it in yourself."));
  const { container, adapter } = found;
  await waitFor(container, () => (container.querySelector(BUSY) === null ? true : null), OPEN_TIMEOUT_MS);

  let pressed = false;
  let stopGuard = () => {};
  /** Reports a fill; with saveAutomatically, the first complete one is saved with GitLab's button. */
  const settle = async (value: VariableFormReport): Promise<VariableFormReport> => {
    if (request.saveAutomatically !== true || !value.complete || pressed) return report(value);
    pressed = true;
    stopGuard();
    return report({ ...value, submitted: await submit(container) });
  };

  let masked = await write(container, adapter, request);
  if (wasReset(container, adapter, request)) {
    // GitLab reset the form while it was being filled (it does so once): fill it again.
    masked = await write(container, adapter, request);
    return settle(readBack(container, adapter, request, masked));
  }
  const first = readBack(container, adapter, request, masked);
  // Saved at once: nothing left to guard.
  if (request.saveAutomatically !== true || !first.complete) {
    stopGuard = guardAgainstReset(container, adapter, request, (value) => void settle(value));
  }
  return settle(first);
}

const wasReset = (container: Element, adapter: VariableFormAdapter, request: VariableFormRequest) =>
  adapter.keyInput(container)?.value !== request.key && valueOf(container)?.value !== request.value;

/** Refills the form once if GitLab resets it before the person has touched it. Returns the stop. */
function guardAgainstReset(
  container: Element,
  adapter: VariableFormAdapter,
  request: VariableFormRequest,
  onReport: (report: VariableFormReport) => void,
): () => void {
  let done = false;
  let timer = 0;
  const stop = () => {
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    container.removeEventListener('pointerdown', touched, true);
    container.removeEventListener('keydown', touched, true);
  };
  const touched = (event: Event) => {
    if (event.isTrusted) stop();
  };
  const observer = new MutationObserver(() => {
    if (done) return;
    if (!container.isConnected || container.querySelector(MUTATION_ALERT) !== null) return stop();
    if (!wasReset(container, adapter, request)) return;
    stop();
    void write(container, adapter, request).then((masked) => onReport(readBack(container, adapter, request, masked)));
  });
  observer.observe(container, { childList: true, subtree: true, attributes: true, characterData: true });
  container.addEventListener('pointerdown', touched, true);
  container.addEventListener('keydown', touched, true);
  timer = window.setTimeout(stop, GUARD_MS);
  return stop;
}
