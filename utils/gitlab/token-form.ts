/**
 * The optional "Create registry read token" helper: pre-fills GitLab's own token form with a
 * least-privilege registry token (read_registry only, Reporter, expiry inside GitLab's limit).
 * It never submits: the user reviews and clicks GitLab's button. Fields are found by id, name
 * and data-testid only (GitLab is localized), and driven the way GitLab's Vue/Rails handlers
 * listen (docs/gitlab-compatibility.md, "CI/CD variable form"): value + bubbling input/change, `.click()` for checkboxes.
 */
import type { GitLabPage } from './page';
import { isValueElement } from './token-display/read';

export const REGISTRY_READ_TOKEN_NAME = 'registry-read-token';
/**
 * The fragment the CI/CD page's Renew link adds to GitLab's access tokens page (issue 15): the
 * token page then prepares GitLab's form once, as "Create registry read token" does. It never
 * submits: the person still creates the token with GitLab's button.
 */
export const RENEW_FRAGMENT = 'docker-auth-config-renew';
/** GitLab's "Add new token" button (16.6+), which unfolds the creation form. */
const ADD_NEW_TOKEN_BUTTON = '[data-testid="add-new-token-button"]';

/** Unfolds GitLab's creation form where it is folded (16.6+), by its own button. */
export function unfoldTokenForm(root: Document): void {
  const add = root.querySelector<HTMLElement>(ADD_NEW_TOKEN_BUTTON);
  if (add !== null && add.offsetParent !== null) add.click();
}
/** GitLab's Reporter access level (Gitlab::Access::REPORTER): the least role that can pull. */
export const REPORTER_ACCESS_LEVEL = '20';
// GitLab refuses expiry dates more than 365 days ahead; one day less leaves room for time zones
// between the browser and the server.
const EXPIRY_DAYS = 364;

export type TokenFormField = 'name' | 'scopes' | 'role' | 'expiry';

export interface TokenFormFillResult {
  filled: TokenFormField[];
  missing: TokenFormField[];
}

interface FormGeneration {
  /** Elements whose presence says this generation of the form is on the page. */
  presence: string;
  name: string | null;
  expiry: string | null;
  role: string | null;
  readRegistry: string;
  /** Every scope checkbox of this form (read_registry included). */
  scopes: string;
}

/** The Rails (HAML) form: ids are `<prefix>_<field>` and `<prefix>_scopes_<scope>`. */
function railsForm(prefix: string, withRole: boolean, scopeIdPrefix = `${prefix}_scopes_`): FormGeneration {
  return {
    presence: `#${prefix}_name, #${scopeIdPrefix}read_registry`,
    name: `input#${prefix}_name`,
    expiry: `input#${prefix}_expires_at`,
    role: withRole ? `select#${prefix}_access_level` : null,
    readRegistry: `input[type="checkbox"]#${scopeIdPrefix}read_registry`,
    scopes: `input[type="checkbox"][id^="${scopeIdPrefix}"]`,
  };
}

// ~17.x/18.x personal redesign. GitLab's source gives its scope checkboxes' data-testid
// (`<scope>-checkbox`) but no name or expiry selector, so those stay unfilled.
const PERSONAL_REDESIGN: FormGeneration = {
  presence: '#token-create-form',
  name: null,
  expiry: null,
  role: null,
  readRegistry: '#token-create-form [data-testid="read_registry-checkbox"]',
  scopes: '#token-create-form [data-testid$="-checkbox"]',
};

function generationsFor(page: GitLabPage): readonly FormGeneration[] {
  switch (page.kind) {
    case 'access-tokens':
      return page.owner === 'personal'
        ? [railsForm('personal_access_token', false), PERSONAL_REDESIGN]
        : [railsForm('resource_access_token', true)];
    case 'deploy-tokens':
      // Deploy token scopes are `deploy_token_<scope>`, next to `deploy_token_name` etc., so the
      // checkbox type is what separates scopes from the other fields.
      return [railsForm('deploy_token', false, 'deploy_token_')];
    case 'ci-variables':
      return [];
  }
}

/** yyyy-mm-dd of `today` + 364 calendar days, in the browser's time zone (as the date picker). */
export function registryTokenExpiry(today: Date): string {
  const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() + EXPIRY_DAYS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function dispatch(element: Element, type: 'input' | 'change'): void {
  element.dispatchEvent(new Event(type, { bubbles: true }));
}

function setText(input: HTMLInputElement | HTMLTextAreaElement, value: string): boolean {
  input.value = value;
  dispatch(input, 'input');
  dispatch(input, 'change');
  return input.value === value;
}

/** The checkbox input itself, when a data-testid sits on a wrapper instead of the input. */
function checkboxOf(element: Element | null): HTMLInputElement | null {
  if (element === null) return null;
  const input = element.tagName === 'INPUT' ? element : element.querySelector('input[type="checkbox"]');
  return input !== null && isValueElement(input) && (input as HTMLInputElement).type === 'checkbox'
    ? (input as HTMLInputElement)
    : null;
}

/** `.click()` fires the native input/change events GitLab's handlers listen to. */
function setChecked(checkbox: HTMLInputElement, checked: boolean): boolean {
  if (checkbox.checked !== checked && !checkbox.disabled) checkbox.click();
  return checkbox.checked === checked;
}

function fillName(root: ParentNode, selector: string | null): boolean | null {
  if (selector === null) return null;
  const input = root.querySelector(selector);
  return input !== null && isValueElement(input) ? setText(input, REGISTRY_READ_TOKEN_NAME) : null;
}

function fillExpiry(root: ParentNode, selector: string | null, today: Date): boolean | null {
  if (selector === null) return null;
  const input = root.querySelector(selector);
  if (input === null || !isValueElement(input)) return null;
  let expiry = registryTokenExpiry(today);
  // Respect a stricter limit the page states (instance setting for maximum token lifetime).
  const max = input.getAttribute('max');
  if (max !== null && ISO_DATE.test(max) && max < expiry) expiry = max;
  return setText(input, expiry);
}

function fillRole(root: ParentNode, selector: string | null): boolean | null {
  if (selector === null) return null;
  const select = root.querySelector(selector);
  if (select === null || select.tagName !== 'SELECT') return null;
  const element = select as HTMLSelectElement;
  const reporter = Array.from(element.options).find((option) => option.value === REPORTER_ACCESS_LEVEL);
  if (reporter === undefined || reporter.disabled) return false;
  element.value = REPORTER_ACCESS_LEVEL;
  dispatch(element, 'input');
  dispatch(element, 'change');
  return element.value === REPORTER_ACCESS_LEVEL;
}

function fillScopes(root: ParentNode, generation: FormGeneration): boolean | null {
  const readRegistry = checkboxOf(root.querySelector(generation.readRegistry));
  if (readRegistry === null) return null;
  let allSet = setChecked(readRegistry, true);
  for (const element of Array.from(root.querySelectorAll(generation.scopes))) {
    const checkbox = checkboxOf(element);
    if (checkbox === null || checkbox === readRegistry) continue;
    if (!setChecked(checkbox, false)) allSet = false;
  }
  return allSet;
}

/**
 * Fills the token creation form on `page` for a registry read token. Returns the fields it set
 * (read back from the DOM) and the fields it could not find or set. Pages without a token form
 * (CI/CD settings) give two empty lists.
 */
export function fillRegistryReadTokenForm(root: ParentNode, page: GitLabPage, today: Date): TokenFormFillResult {
  const generations = generationsFor(page);
  if (generations.length === 0) return { filled: [], missing: [] };
  const generation = generations.find((candidate) => root.querySelector(candidate.presence) !== null);

  const withRole = page.kind === 'access-tokens' && page.owner !== 'personal';
  const expected: TokenFormField[] = withRole ? ['name', 'scopes', 'role', 'expiry'] : ['name', 'scopes', 'expiry'];
  if (generation === undefined) return { filled: [], missing: expected };

  const outcomes: Record<TokenFormField, boolean | null> = {
    name: null,
    scopes: null,
    role: null,
    expiry: null,
  };
  try {
    outcomes.name = fillName(root, generation.name);
    outcomes.scopes = fillScopes(root, generation);
    outcomes.role = fillRole(root, generation.role);
    outcomes.expiry = fillExpiry(root, generation.expiry, today);
  } catch {
    // A handler of GitLab's threw while we drove the form: report what is set so far.
  }

  const filled = expected.filter((field) => outcomes[field] === true);
  const missing = expected.filter((field) => outcomes[field] !== true);
  return { filled, missing };
}
