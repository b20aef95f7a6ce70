/** GitLab's CI/CD variable form generations (docs/gitlab-compatibility.md, "CI/CD variable form"): A 15.0 modal … E 18.6 drawer. */
export type VariableFormGeneration = 'A' | 'B' | 'C' | 'D' | 'E';

/** The fields the extension fills and reads back. */
export type VariableFormField = 'key' | 'value' | 'type' | 'expand' | 'visibility' | 'environment' | 'description' | 'protected';

/**
 * One generation of GitLab's "Add variable" form. Everything is found by ids, names, data-testid
 * and structure, never by visible text (GitLab is localized). Every method takes the form's
 * container (the modal or drawer) and never looks outside it.
 */
export interface VariableFormAdapter {
  generation: VariableFormGeneration;
  /** Selector of the form's container: the modal (A, B) or the drawer (C-E). */
  containerSelector: string;
  /** True when the open form in `container` is this generation's (DOM only). */
  detect(container: Element): boolean;
  /**
   * The loosest rule GitLab may apply to a masked value with "Expand variable reference" off
   * (the page's own rule, when seen, and the form's validation narrow it); null where JSON can
   * never be masked (15.0: no such rule).
   */
  rawMaskRule: RegExp | null;
  /** "Expand variable reference" exists (15.x from B on). */
  hasExpand: boolean;
  /** The description field exists (16.2+). */
  hasDescription: boolean;
  /** Visibility as a Mask checkbox (A-C) or radios (D-E). */
  visibility: 'checkbox' | 'radios';
  keyInput(container: Element): HTMLInputElement | null;
  /**
   * The first field the form shows, where focus goes once the extension has filled it: Key in the
   * modal (A, B), Type in the drawer (its select in C, its listbox's toggle in D and E).
   */
  firstField(container: Element): HTMLElement | null;
  /** Chooses type File; returns nothing: the form is read back afterwards. */
  chooseFile(container: Element): void;
  /** Whether File is the chosen type; null when the control is not found. */
  isFile(container: Element): boolean | null;
}

export interface VariableFormRequest {
  key: string;
  /** Compact JSON. */
  value: string;
  /** For the description: "Registry credentials for <registry>". */
  registry: string;
  /** The token named with its expiry (issue 15), written instead when the background could tell it. */
  description?: string | null;
  /** true/false to set Protect; null to leave GitLab's default. */
  protect: boolean | null;
  /** The page's own rule for unexpanded masked values (data-maskable-raw-regex), when it was seen. */
  pageRawMaskRule: string | null;
  /**
   * Press GitLab's own save button once, after a complete, verified fill (the person chose "Save
   * automatically" for this GitLab). Off unless true: then the person reviews and saves.
   */
  saveAutomatically?: boolean;
}

/**
 * After GitLab's save button was pressed: 'saved' or 'refused' when the form said so (the drawer's
 * alert), 'pressed' when it closed without a word on the form (the modal: GitLab answers in the page).
 */
export type VariableFormSubmission = 'pressed' | 'saved' | 'refused';

/**
 * Why a value stays visible: 'rule' when the masking rule that applies to this GitLab refuses it
 * (15.x: JSON can never be masked), 'form' when GitLab's own form refused Masked for it.
 */
export type UnmaskedReason = 'rule' | 'form';

export interface VariableFormReport {
  generation: VariableFormGeneration | null;
  /** Every field took (read back from the form) and GitLab's submit button is enabled. */
  complete: boolean;
  /** Fields that did not take: the person sets them. */
  missing: VariableFormField[];
  masked: boolean;
  /** Why it is not masked (null when masked, or when the form could not be filled). */
  unmaskedBecause: UnmaskedReason | null;
  /** Protect as the form shows it; null when not found. */
  protected: boolean | null;
  /** Set when the form could not be filled at all. */
  problem: string | null;
  /** Set once GitLab's save button was pressed for the person (saveAutomatically). */
  submitted?: VariableFormSubmission;
}
