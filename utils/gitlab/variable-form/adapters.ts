/**
 * One adapter per generation of GitLab's "Add variable" form (docs/gitlab-compatibility.md, "CI/CD variable form"). The generation is told
 * from the DOM only: the container (modal or drawer), the Type control (native select with label
 * values, with ENV_VAR/FILE, or a listbox) and how the listbox is labelled.
 */
import type { VariableFormAdapter } from './types';

export const MODAL = '#add-ci-variable';
export const DRAWER = 'aside.gl-drawer[data-testid="ci-variable-drawer"]';
const TYPE_SELECT = 'select#ci-variable-type';
const LISTBOX_TOGGLE = '[data-testid="base-dropdown-toggle"]';
const FILE_ITEM = 'li[role="option"][data-testid="listbox-item-FILE"]';
const EXPAND = 'input[data-testid="ci-variable-expanded-checkbox"], [data-testid="ci-variable-expanded-checkbox"] input';
/** GitLab's rule for masked values with expansion off, ~16.0 on. */
const RAW_RULE = /^\S{8,}$/;

const typeSelect = (container: Element) => container.querySelector<HTMLSelectElement>(TYPE_SELECT);
const hasEnumOptions = (select: HTMLSelectElement | null) =>
  select !== null && Array.from(select.options).some((option) => option.value === 'FILE');

function chooseOption(select: HTMLSelectElement | null, value: string | undefined): void {
  if (select === null || value === undefined || select.value === value) return;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

const fileItem = (container: Element) => container.querySelector<HTMLElement>(FILE_ITEM);

/** A: 15.0 Vuex-era modal. Option values are the localized labels: File is the SECOND option. */
export const generationA: VariableFormAdapter = {
  generation: 'A',
  containerSelector: MODAL,
  detect: (container) => {
    const select = typeSelect(container);
    return container.matches(MODAL) && select !== null && select.options.length === 2 && !hasEnumOptions(select) && container.querySelector(EXPAND) === null;
  },
  rawMaskRule: null,
  hasExpand: false,
  hasDescription: false,
  visibility: 'checkbox',
  keyInput: (container) => container.querySelector('[data-testid="pipeline-form-ci-variable-key"] input, [data-qa-selector="ci_variable_key_field"] input'),
  firstField: (container) => generationA.keyInput(container),
  chooseFile: (container) => chooseOption(typeSelect(container), typeSelect(container)?.options[1]?.value),
  isFile: (container) => {
    const select = typeSelect(container);
    return select === null ? null : select.selectedIndex === 1;
  },
};

function enumSelectAdapter(generation: 'B' | 'C', containerSelector: string): VariableFormAdapter {
  return {
    generation,
    containerSelector,
    detect: (container) => container.matches(containerSelector) && hasEnumOptions(typeSelect(container)),
    // B (15.x-16.5): the form accepts Masked for an unexpanded value that the page's raw rule
    // accepts; that rule is ^\S{8,}$ only where GitLab's flag for it is on (else the strict rule,
    // which refuses JSON). The page's rule and then the form's own validation decide.
    rawMaskRule: RAW_RULE,
    hasExpand: true,
    hasDescription: generation === 'C',
    visibility: 'checkbox',
    keyInput: (container) =>
      container.querySelector(
        generation === 'B' ? '[data-testid="pipeline-form-ci-variable-key"] input' : '[data-testid="ci-variable-key"] input',
      ),
    firstField(container) {
      return containerSelector === MODAL ? this.keyInput(container) : typeSelect(container);
    },
    chooseFile: (container) => chooseOption(typeSelect(container), 'FILE'),
    isFile: (container) => {
      const select = typeSelect(container);
      return select === null ? null : select.value === 'FILE';
    },
  };
}

/** B: 15.x-16.5 Apollo modal, ENV_VAR / FILE. */
export const generationB = enumSelectAdapter('B', MODAL);
/** C: 16.6-17.x drawer with the native select. */
export const generationC = enumSelectAdapter('C', DRAWER);

/** The Type listbox's toggle: the one whose panel (aria-controls) holds the File item. */
function typeToggle(container: Element): HTMLElement | null {
  const item = fileItem(container);
  if (item === null) return null;
  const toggles = Array.from(container.querySelectorAll<HTMLElement>(LISTBOX_TOGGLE));
  return toggles.find((toggle) => container.querySelector(`[id="${toggle.getAttribute('aria-controls')}"]`)?.contains(item)) ?? null;
}

function listboxAdapter(generation: 'D' | 'E'): VariableFormAdapter {
  return {
    generation,
    containerSelector: DRAWER,
    detect: (container) =>
      container.matches(DRAWER) &&
      typeSelect(container) === null &&
      fileItem(container) !== null &&
      // D names the listbox with label[for], E with span#ci-variable-type.
      (generation === 'E'
        ? container.querySelector('span#ci-variable-type') !== null
        : container.querySelector('label[for="ci-variable-type"]') !== null),
    rawMaskRule: RAW_RULE,
    hasExpand: true,
    hasDescription: true,
    visibility: 'radios',
    keyInput: (container) => container.querySelector('[data-testid="ci-variable-key"] input'),
    firstField: typeToggle,
    // A click on the item selects it even while the listbox is closed; a selected one is left alone.
    chooseFile: (container) => {
      const item = fileItem(container);
      if (item !== null && item.getAttribute('aria-selected') !== 'true') item.click();
    },
    isFile: (container) => {
      const item = fileItem(container);
      return item === null ? null : item.getAttribute('aria-selected') === 'true';
    },
  };
}

/** D: ~17.x-18.5 drawer with the listbox labelled by label[for]. */
export const generationD = listboxAdapter('D');
/** E: ~18.6+ drawer with the listbox labelled by span#ci-variable-type. */
export const generationE = listboxAdapter('E');

/** Newest first. */
export const VARIABLE_FORM_ADAPTERS: readonly VariableFormAdapter[] = [generationE, generationD, generationC, generationB, generationA];

/** The open form's container (modal content or drawer), or null. */
export function openFormContainer(root: ParentNode): Element | null {
  for (const selector of [DRAWER, MODAL]) {
    const container = root.querySelector(selector);
    if (container !== null && container.querySelector('#ci-variable-value') !== null) return container;
  }
  return null;
}

/** The generation of the form open in `container`, or null for markup we do not know. */
export function detectVariableForm(container: Element): VariableFormAdapter | null {
  for (const adapter of VARIABLE_FORM_ADAPTERS) {
    try {
      if (adapter.detect(container)) return adapter;
    } catch {
      // An unforeseen DOM must not break the page: try the next.
    }
  }
  return null;
}

/** The first field of the open form, by its generation's adapter; null when none is open or known. */
export function firstFieldOfOpenForm(root: ParentNode): HTMLElement | null {
  const container = openFormContainer(root);
  return container && (detectVariableForm(container)?.firstField(container) ?? null);
}
