// What the page tells the app (read from the mount element BEFORE Vue replaces it) and what each
// GitLab generation renders. Generations follow docs/gitlab-compatibility.md.

export type Generation = 'A' | 'B' | 'C' | 'D' | 'E';
export type Locale = 'en' | 'de' | 'ja';

export interface PageConfig {
  generation: Generation;
  locale: Locale;
  endpoint: string;
  projectId: string;
  projectFullPath: string;
  groupId: string;
  groupPath: string;
  isGroup: boolean;
  /** Admin page (`#js-instance-variables`): instance variables have no environment scope. */
  isInstance: boolean;
  maskableRegex: string;
  /** Absent on 15.0 (the raw rule did not exist yet). */
  maskableRawRegex: string | null;
  protectedByDefault: boolean;
  /** 0 = no limit; the Add button is disabled once the list holds this many variables. */
  maxVariableLimit: number;
}

export interface GenerationTraits {
  container: 'modal' | 'drawer';
  /**
   * How the modal comes to exist. always: mounted with the page (static, lazy; 15.0 Vuex), so the
   * modal directive's click finds it. on-demand: rendered only after the Add button's own click
   * handler (v-if), which runs before the directive's; only a trusted click lets Vue render in
   * between (15.x Apollo to 16.5). Unused by drawer generations.
   */
  modalMount: 'always' | 'on-demand';
  /**
   * The permanently disabled item in the environments dropdown's footer: the older "maximum
   * environments" notice, or (newer) the search hint `[data-testid="search-query-note"]`.
   */
  environmentsNote: 'max-environments' | 'search-query-note';
  /** labels: option values are the localized labels (Vuex era); enum: ENV_VAR / FILE. */
  typeControl: 'select-labels' | 'select-enum' | 'listbox';
  /** How the listbox's group is labelled (D: label[for], E: span#id). */
  typeLabel: 'label-for' | 'span-id';
  hasExpand: boolean;
  hasDescription: boolean;
  visibility: 'checkbox' | 'radios';
  /** Defaults of a new variable (changed in ~18.6). */
  defaultMasked: boolean;
  defaultExpanded: boolean;
}

export const GENERATIONS: Record<Generation, GenerationTraits> = {
  A: {
    container: 'modal',
    modalMount: 'always',
    environmentsNote: 'max-environments',
    typeControl: 'select-labels',
    typeLabel: 'label-for',
    hasExpand: false,
    hasDescription: false,
    visibility: 'checkbox',
    defaultMasked: false,
    defaultExpanded: true,
  },
  B: {
    container: 'modal',
    modalMount: 'on-demand',
    environmentsNote: 'max-environments',
    typeControl: 'select-enum',
    typeLabel: 'label-for',
    hasExpand: true,
    hasDescription: false,
    visibility: 'checkbox',
    defaultMasked: false,
    defaultExpanded: true,
  },
  C: {
    container: 'drawer',
    modalMount: 'always',
    environmentsNote: 'max-environments',
    typeControl: 'select-enum',
    typeLabel: 'label-for',
    hasExpand: true,
    hasDescription: true,
    visibility: 'checkbox',
    defaultMasked: false,
    defaultExpanded: true,
  },
  D: {
    container: 'drawer',
    modalMount: 'always',
    environmentsNote: 'search-query-note',
    typeControl: 'listbox',
    typeLabel: 'label-for',
    hasExpand: true,
    hasDescription: true,
    visibility: 'radios',
    defaultMasked: false,
    defaultExpanded: true,
  },
  E: {
    container: 'drawer',
    modalMount: 'always',
    environmentsNote: 'search-query-note',
    typeControl: 'listbox',
    typeLabel: 'span-id',
    hasExpand: true,
    hasDescription: true,
    visibility: 'radios',
    defaultMasked: true,
    defaultExpanded: false,
  },
};

/** gon.sandbox.ui → generation; unknown versions map by their major.minor. */
export function generationFor(ui: string | undefined): Generation {
  const [major = 0, minor = 0] = String(ui ?? '')
    .split('.')
    .map((part) => Number.parseInt(part, 10) || 0);
  const version = major * 100 + minor;
  if (version >= 1806) return 'E';
  if (version >= 1700) return 'D';
  if (version >= 1606) return 'C';
  if (version >= 1501) return 'B';
  return 'A';
}

interface SandboxGon {
  sandbox?: { ui?: string; locale?: string };
}

/** Reads everything the app needs from the server's HTML; call before mounting. */
export function readPageConfig(el: HTMLElement): PageConfig {
  const data = el.dataset;
  const gon = (window as unknown as { gon?: SandboxGon }).gon ?? {};
  const ui = gon.sandbox?.ui ?? data.ui;
  const localeRaw = gon.sandbox?.locale ?? document.documentElement.lang ?? 'en';
  return {
    generation: generationFor(ui),
    locale: localeRaw.toLowerCase().startsWith('de') ? 'de' : localeRaw.toLowerCase().startsWith('ja') ? 'ja' : 'en',
    endpoint: data.endpoint ?? '',
    projectId: data.projectId ?? '',
    projectFullPath: data.projectFullPath ?? '',
    groupId: data.groupId ?? '',
    groupPath: data.groupPath ?? '',
    isGroup: data.isGroup === 'true',
    isInstance: el.id === 'js-instance-variables',
    maskableRegex: data.maskableRegex ?? '^[a-zA-Z0-9_+=/@:.~-]{8,}$',
    maskableRawRegex: data.maskableRawRegex ?? null,
    protectedByDefault: data.protectedByDefault === 'true',
    maxVariableLimit: Number.parseInt(data.maxVariableLimit ?? '0', 10) || 0,
  };
}
