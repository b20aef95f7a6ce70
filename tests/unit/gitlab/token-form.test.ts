// Token creation forms per generation, from docs/gitlab-compatibility.md ("Token pages"). Labels are
// deliberately in German: the filler must not depend on text.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GitLabPage } from '../../../utils/gitlab/page';
import { PROJECT_TOKENS } from './pages';
import { fillRegistryReadTokenForm, registryTokenExpiry, unfoldTokenForm } from '../../../utils/gitlab/token-form';

const PERSONAL_TOKENS: GitLabPage = { ...PROJECT_TOKENS, owner: 'personal', fullPath: null, projectId: null };
const PROJECT_DEPLOY: GitLabPage = { ...PROJECT_TOKENS, kind: 'deploy-tokens', owner: 'project' };
const PROJECT_CI: GitLabPage = { ...PROJECT_TOKENS, kind: 'ci-variables', owner: 'project' };

const TODAY = new Date(2025, 2, 10); // 10 March 2025, local time

function scope(prefix: string, name: string, checked = false): string {
  return `<input type="checkbox" name="${prefix}[scopes][]" id="${prefix}_scopes_${name}" value="${name}"${checked ? ' checked' : ''}>
    <label for="${prefix}_scopes_${name}">Bereich</label>`;
}

const RESOURCE_FORM = `
  <form id="js-new-access-token-form" action="/acme/app/-/settings/access_tokens" method="post">
    <label for="resource_access_token_name">Name des Tokens</label>
    <input type="text" id="resource_access_token_name" name="resource_access_token[name]">
    <input type="text" id="resource_access_token_expires_at" name="resource_access_token[expires_at]" value="2025-04-09">
    <select id="resource_access_token_access_level" name="resource_access_token[access_level]">
      <option value="10">Gast</option>
      <option value="20">Berichterstatter</option>
      <option value="40" selected>Betreuer</option>
    </select>
    ${scope('resource_access_token', 'api', true)}
    ${scope('resource_access_token', 'read_api')}
    ${scope('resource_access_token', 'read_registry')}
    ${scope('resource_access_token', 'write_registry', true)}
    <input type="submit" data-testid="create-token-button" value="Projekt-Zugangstoken erstellen">
  </form>`;

function render(html: string): void {
  document.body.innerHTML = html;
  // happy-dom does not honour `selected` on a later option when parsing; set it as GitLab renders it.
  const role = document.querySelector<HTMLSelectElement>('#resource_access_token_access_level');
  if (role) role.value = '40';
}

function checkedScopes(): string[] {
  return Array.from(document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
    .filter((box) => box.checked)
    .map((box) => box.id || box.dataset.testid || '?');
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('registryTokenExpiry', () => {
  it.each([
    [new Date(2025, 2, 10), '2026-03-09'],
    [new Date(2024, 1, 29), '2025-02-27'], // leap day
    [new Date(2023, 11, 31, 23, 59), '2024-12-29'],
  ])('%s → %s', (today, expected) => {
    expect(registryTokenExpiry(today)).toBe(expected);
  });
});

describe('fillRegistryReadTokenForm: project and group access tokens', () => {
  it('fills name, read_registry only, Reporter and expiry, with the events Vue listens to', () => {
    render(RESOURCE_FORM);
    const form = document.querySelector('form');
    const submitted = vi.fn((event: Event) => event.preventDefault());
    form?.addEventListener('submit', submitted);
    const events: string[] = [];
    document.body.addEventListener('input', (e) => events.push(`input:${(e.target as HTMLElement).id}`));
    document.body.addEventListener('change', (e) => events.push(`change:${(e.target as HTMLElement).id}`));

    expect(document.querySelector<HTMLSelectElement>('#resource_access_token_access_level')?.value).toBe('40');
    const result = fillRegistryReadTokenForm(document, PROJECT_TOKENS, TODAY);

    expect(result).toEqual({ filled: ['name', 'scopes', 'role', 'expiry'], missing: [] });
    expect(document.querySelector<HTMLInputElement>('#resource_access_token_name')?.value).toBe('registry-read-token');
    expect(checkedScopes()).toEqual(['resource_access_token_scopes_read_registry']);
    expect(document.querySelector<HTMLSelectElement>('#resource_access_token_access_level')?.value).toBe('20');
    expect(document.querySelector<HTMLInputElement>('#resource_access_token_expires_at')?.value).toBe('2026-03-09');
    expect(events).toEqual(
      expect.arrayContaining([
        'input:resource_access_token_name',
        'change:resource_access_token_name',
        'change:resource_access_token_access_level',
        'input:resource_access_token_expires_at',
        'change:resource_access_token_expires_at',
        'change:resource_access_token_scopes_read_registry',
        'change:resource_access_token_scopes_api',
      ]),
    );
    expect(submitted).not.toHaveBeenCalled();
  });

  it('reports the role missing when there is no Reporter option (chosen by value, never by text)', () => {
    render(RESOURCE_FORM.replace('<option value="20">Berichterstatter</option>', '<option value="30">Reporter</option>'));
    const result = fillRegistryReadTokenForm(document, PROJECT_TOKENS, TODAY);
    expect(result.missing).toEqual(['role']);
    expect(document.querySelector<HTMLSelectElement>('#resource_access_token_access_level')?.value).toBe('40');
  });

  it('respects a stricter maximum date on the expiry input', () => {
    render(RESOURCE_FORM.replace('value="2025-04-09"', 'value="2025-04-09" max="2025-09-01"'));
    fillRegistryReadTokenForm(document, PROJECT_TOKENS, TODAY);
    expect(document.querySelector<HTMLInputElement>('#resource_access_token_expires_at')?.value).toBe('2025-09-01');
  });

  it('keeps its own expiry when the page allows a later one, and ignores a maximum that is not a date', () => {
    for (const max of ['2027-01-01', '', 'next year']) {
      render(RESOURCE_FORM.replace('value="2025-04-09"', `value="2025-04-09" max="${max}"`));
      fillRegistryReadTokenForm(document, PROJECT_TOKENS, TODAY);
      expect(document.querySelector<HTMLInputElement>('#resource_access_token_expires_at')?.value, max).toBe('2026-03-09');
    }
  });

  it("reports a field missing when GitLab's control does not keep what was set", () => {
    render(RESOURCE_FORM);
    // As a component that refuses the value would: the name is set back, the role select snaps back.
    const name = document.querySelector<HTMLInputElement>('#resource_access_token_name')!;
    name.addEventListener('input', () => (name.value = ''));
    const role = document.querySelector<HTMLSelectElement>('#resource_access_token_access_level')!;
    role.addEventListener('change', () => (role.value = '40'));
    expect(fillRegistryReadTokenForm(document, PROJECT_TOKENS, TODAY)).toEqual({ filled: ['scopes', 'expiry'], missing: ['name', 'role'] });
  });

  it('fills what is there when the name field or the role select is not', () => {
    render(RESOURCE_FORM.replace(/<input type="text" id="resource_access_token_name"[^>]*>/, '').replace(/<select[\s\S]*<\/select>/, ''));
    expect(fillRegistryReadTokenForm(document, PROJECT_TOKENS, TODAY)).toEqual({ filled: ['scopes', 'expiry'], missing: ['name', 'role'] });
  });

  it('reports scopes missing when read_registry is disabled', () => {
    render(RESOURCE_FORM.replace('id="resource_access_token_scopes_read_registry" value="read_registry"', 'id="resource_access_token_scopes_read_registry" value="read_registry" disabled'));
    const result = fillRegistryReadTokenForm(document, PROJECT_TOKENS, TODAY);
    expect(result.missing).toEqual(['scopes']);
  });

  it('reports everything missing while the form is hidden or absent', () => {
    render('<button data-testid="add-new-token-button">Neues Token hinzufügen</button>');
    expect(fillRegistryReadTokenForm(document, PROJECT_TOKENS, TODAY)).toEqual({
      filled: [],
      missing: ['name', 'scopes', 'role', 'expiry'],
    });
  });
});

describe('fillRegistryReadTokenForm: personal access tokens', () => {
  it('fills the Rails form (personal_access_token prefix), no role', () => {
    render(`
      <form id="js-new-access-token-form">
        <input type="text" id="personal_access_token_name">
        <input type="text" id="personal_access_token_expires_at">
        ${scope('personal_access_token', 'api', true)}
        ${scope('personal_access_token', 'read_registry')}
      </form>`);
    const result = fillRegistryReadTokenForm(document, PERSONAL_TOKENS, TODAY);
    expect(result).toEqual({ filled: ['name', 'scopes', 'expiry'], missing: [] });
    expect(checkedScopes()).toEqual(['personal_access_token_scopes_read_registry']);
  });

  it('redesign: ticks read_registry by data-testid, unticks other scopes, reports name and expiry missing', () => {
    render(`
      <div id="js-shared-access-token-app">
        <form id="token-create-form">
          <input type="text" placeholder="Name">
          <div class="gl-form-checkbox"><input type="checkbox" data-testid="api-checkbox" checked></div>
          <div class="gl-form-checkbox"><input type="checkbox" data-testid="read_registry-checkbox"></div>
          <button data-testid="create-token-button">Erstellen</button>
        </form>
      </div>`);
    const result = fillRegistryReadTokenForm(document, PERSONAL_TOKENS, TODAY);
    expect(result).toEqual({ filled: ['scopes'], missing: ['name', 'expiry'] });
    expect(checkedScopes()).toEqual(['read_registry-checkbox']);
  });
});

describe('fillRegistryReadTokenForm: scopes it cannot set', () => {
  it('redesign with the data-testid on the checkbox wrapper: the box inside is ticked', () => {
    render(`
      <div id="js-shared-access-token-app">
        <form id="token-create-form">
          <div class="gl-form-checkbox" data-testid="api-checkbox"><input type="checkbox" checked></div>
          <div class="gl-form-checkbox" data-testid="read_registry-checkbox"><input type="checkbox"></div>
        </form>
      </div>`);
    expect(fillRegistryReadTokenForm(document, PERSONAL_TOKENS, TODAY).filled).toEqual(['scopes']);
    expect(Array.from(document.querySelectorAll<HTMLInputElement>('input')).map((box) => box.checked)).toEqual([false, true]);
  });

  it('reports the scopes missing when another scope stays ticked (GitLab disabled its box)', () => {
    render(RESOURCE_FORM);
    document.querySelector<HTMLInputElement>('#resource_access_token_scopes_api')!.disabled = true;
    const result = fillRegistryReadTokenForm(document, PROJECT_TOKENS, TODAY);
    expect(result.missing).toEqual(['scopes']);
    expect(result.filled).toEqual(['name', 'role', 'expiry']);
  });
});

describe('fillRegistryReadTokenForm: deploy tokens', () => {
  it('fills name, expiry and read_registry only, leaves the username to GitLab', () => {
    render(`
      <form>
        <input type="text" id="deploy_token_name">
        <input type="text" id="deploy_token_expires_at">
        <input type="text" id="deploy_token_username">
        <input type="checkbox" id="deploy_token_read_repository" value="1" checked>
        <input type="checkbox" id="deploy_token_read_registry" value="1">
        <input type="checkbox" id="deploy_token_write_registry" value="1" checked>
      </form>`);
    const result = fillRegistryReadTokenForm(document, PROJECT_DEPLOY, TODAY);
    expect(result).toEqual({ filled: ['name', 'scopes', 'expiry'], missing: [] });
    expect(document.querySelector<HTMLInputElement>('#deploy_token_name')?.value).toBe('registry-read-token');
    expect(document.querySelector<HTMLInputElement>('#deploy_token_username')?.value).toBe('');
    expect(document.querySelector<HTMLInputElement>('#deploy_token_expires_at')?.value).toBe('2026-03-09');
    expect(checkedScopes()).toEqual(['deploy_token_read_registry']);
  });

  it('reports scopes missing when the registry is disabled (no read_registry box)', () => {
    render(`<form><input type="text" id="deploy_token_name"><input type="text" id="deploy_token_expires_at"></form>`);
    expect(fillRegistryReadTokenForm(document, PROJECT_DEPLOY, TODAY)).toEqual({
      filled: ['name', 'expiry'],
      missing: ['scopes'],
    });
  });
});

describe('fillRegistryReadTokenForm: pages without a token form', () => {
  it('does nothing on CI/CD pages', () => {
    render(RESOURCE_FORM);
    expect(fillRegistryReadTokenForm(document, PROJECT_CI, TODAY)).toEqual({ filled: [], missing: [] });
    expect(document.querySelector<HTMLInputElement>('#resource_access_token_name')?.value).toBe('');
  });
});

// Renew (docs/gitlab-compatibility.md, "Token pages"): 16.6+ folds the creation form behind GitLab's own
// "Add new token" button, which GitLab stops displaying while the form is open.
describe('unfoldTokenForm', () => {
  /** GitLab's button; happy-dom has no layout, so whether it is displayed is given as the browser reports it. */
  function addNewTokenButton(displayed: boolean): { clicks: () => number } {
    document.body.innerHTML = `<button type="button" data-testid="add-new-token-button">Neues Token hinzufügen</button>`;
    const button = document.querySelector<HTMLButtonElement>('[data-testid="add-new-token-button"]')!;
    Object.defineProperty(button, 'offsetParent', { configurable: true, get: () => (displayed ? document.body : null) });
    let clicks = 0;
    button.addEventListener('click', () => (clicks += 1));
    return { clicks: () => clicks };
  }

  it("opens the folded form with GitLab's button, once", () => {
    const button = addNewTokenButton(true);
    unfoldTokenForm(document);
    expect(button.clicks()).toBe(1);
  });

  it('leaves the button alone while GitLab does not display it (the form is already open)', () => {
    const button = addNewTokenButton(false);
    unfoldTokenForm(document);
    expect(button.clicks()).toBe(0);
  });

  it('does nothing on older pages, whose form is never folded (no button)', () => {
    document.body.innerHTML = RESOURCE_FORM;
    expect(() => unfoldTokenForm(document)).not.toThrow();
  });
});
