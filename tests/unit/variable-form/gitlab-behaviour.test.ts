import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { environmentIsAll, fillVariableForm } from '../../../utils/gitlab/variable-form';
import { fillRequest, JSON_VALUE } from './fill-request';

// How GitLab's own components behave (docs/gitlab-compatibility.md, "What GitLab's components do"),
// reduced to DOM fixtures that do the same: the environments dropdown's always-disabled hint item,
// nothing selected on a new variable, the loading state while the drawer opens, the modal that
// GitLab creates on demand, and the form's own verdict on Masked.
// Timers are fake and never advanced unless a test says so: a fill that waited on a give-up bound
// instead of GitLab's real state would never finish, and the test would fail on its timeout.

const request = fillRequest;

/** The environments form group as GitLab renders it: test id on the group, a disabled hint item. */
function environments({ selected = null as string | null, loading = false } = {}) {
  const option = (scope: string) =>
    `<li role="option" data-testid="listbox-item-${scope}" ${selected === scope ? 'aria-selected="true"' : ''}>${scope}</li>`;
  return `
    <div role="group" class="form-group" data-testid="environment-scope">
      <button data-testid="base-dropdown-toggle" ${loading ? 'disabled' : ''}>Alle (Standard)${loading ? '<span class="gl-spinner"></span>' : ''}</button>
      <ul role="listbox" ${loading ? 'aria-busy="true"' : ''}>${option('*')}${option('production')}</ul>
      <button role="menuitem" class="dropdown-item" disabled data-testid="search-query-note">Suchbegriff eingeben …</button>
    </div>`;
}

/** Generation E's drawer (18.6): listbox type, radios, masked by default. */
function drawerE(environmentMarkup = environments()) {
  return `
    <aside class="gl-drawer" data-testid="ci-variable-drawer">
      <span id="ci-variable-type">Typ</span>
      <ul role="listbox"><li role="option" data-testid="listbox-item-ENV_VAR" aria-selected="true">Variable</li>
        <li role="option" data-testid="listbox-item-FILE">Datei</li></ul>
      ${environmentMarkup}
      <input type="radio" name="v" data-testid="ci-variable-visible-radio">
      <input type="radio" name="v" data-testid="ci-variable-masked-radio" checked>
      <input type="checkbox" data-testid="ci-variable-expanded-checkbox">
      <input type="checkbox" data-testid="ci-variable-protected-checkbox">
      <input id="ci-variable-description">
      <div data-testid="ci-variable-key"><input></div>
      <textarea id="ci-variable-value"></textarea>
      <button data-testid="ci-variable-confirm-button">Variable hinzufügen</button>
    </aside>`;
}

/** Clicking a listbox item selects it, as GlCollapsibleListbox does. */
function selectOnClick(root: ParentNode): void {
  for (const item of Array.from(root.querySelectorAll('[data-testid^="listbox-item-"]'))) {
    item.addEventListener('click', () => {
      for (const sibling of Array.from(item.parentElement!.children)) sibling.removeAttribute('aria-selected');
      item.setAttribute('aria-selected', 'true');
    });
  }
}

/** One task later (a message-channel task: not one of the faked timers). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('environment scope *', () => {
  it('is what a new variable shows: nothing selected, or * selected; another scope is not', () => {
    document.body.innerHTML = drawerE();
    expect(environmentIsAll(document.querySelector('aside')!)).toBe(true);
    document.body.innerHTML = drawerE(environments({ selected: '*' }));
    expect(environmentIsAll(document.querySelector('aside')!)).toBe(true);
    document.body.innerHTML = drawerE(environments({ selected: 'production' }));
    expect(environmentIsAll(document.querySelector('aside')!)).toBe(false);
    // Instance variables: no scope field, GitLab stores *.
    document.body.innerHTML = '<aside class="gl-drawer" data-testid="ci-variable-drawer"></aside>';
    expect(environmentIsAll(document.querySelector('aside')!)).toBe(true);
  });
});

describe('a drawer with the environments dropdown as GitLab renders it', () => {
  it('is filled at once, not held up by the always-disabled hint item, and reported filled with nothing missing', async () => {
    document.body.innerHTML = drawerE();
    selectOnClick(document);
    const report = await fillVariableForm(document, request());
    expect(report).toMatchObject({ generation: 'E', complete: true, missing: [], masked: true });
    expect(document.querySelector<HTMLTextAreaElement>('#ci-variable-value')!.value).toBe(JSON_VALUE);
  });

  it('names the environment when another scope is chosen in the form', async () => {
    document.body.innerHTML = drawerE(environments({ selected: 'production' }));
    selectOnClick(document);
    expect(await fillVariableForm(document, request())).toMatchObject({ complete: false, missing: ['environment'] });
  });

  it("waits while GitLab shows its loading state, and fills once it is gone", async () => {
    document.body.innerHTML = drawerE(environments({ loading: true }));
    selectOnClick(document);
    const value = document.querySelector<HTMLTextAreaElement>('#ci-variable-value')!;
    let settled = false;
    const filling = fillVariableForm(document, request()).finally(() => (settled = true));
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => queueMicrotask(() => resolve(null)));
    expect(value.value, 'written while GitLab was still loading').toBe('');
    expect(settled).toBe(false);
    // GitLab's environments query answers: the spinner and aria-busy go.
    document.querySelector('[aria-busy]')!.removeAttribute('aria-busy');
    document.querySelector('.gl-spinner')!.remove();
    expect(await filling).toMatchObject({ complete: true, missing: [] });
    expect(value.value).toBe(JSON_VALUE);
  });
});

describe('the loading state going, whichever way GitLab ends it', () => {
  it.each([
    ['aria-busy is taken off the listbox (an attribute change only)', () => document.querySelector('.gl-spinner')!.remove(), () => document.querySelector('[aria-busy]')!.removeAttribute('aria-busy')],
    ['the spinner is removed (a change of the tree only)', () => document.querySelector('[aria-busy]')!.removeAttribute('aria-busy'), () => document.querySelector('.gl-spinner')!.remove()],
  ])('%s: the form is filled then', async (_, beforeOpening, endLoading) => {
    document.body.innerHTML = drawerE(environments({ loading: true }));
    beforeOpening();
    selectOnClick(document);
    const value = document.querySelector<HTMLTextAreaElement>('#ci-variable-value')!;
    const filling = fillVariableForm(document, request());
    for (let turn = 0; turn < 5; turn++) await nextTask();
    // Something else changes in the form while it loads (an environment is listed): still loading.
    document.querySelector('[data-testid="environment-scope"] [role="listbox"]')!.insertAdjacentHTML('beforeend', '<li role="option" data-testid="listbox-item-staging">staging</li>');
    for (let turn = 0; turn < 5; turn++) await nextTask();
    expect(value.value, 'written while GitLab was still loading').toBe('');
    endLoading();
    expect(await filling).toMatchObject({ complete: true, missing: [] });
  });

  it('a form that appears after other changes to the page is still found', async () => {
    document.body.innerHTML = '<button data-testid="add-ci-variable-button">Variable hinzufügen</button><div id="toasts"></div>';
    const add = document.querySelector('button')!;
    add.addEventListener('click', () => {
      // GitLab renders something else first (a toast), the drawer one task later.
      document.querySelector('#toasts')!.append(document.createElement('div'));
      void nextTask().then(() => {
        document.body.insertAdjacentHTML('beforeend', drawerE());
        selectOnClick(document);
      });
    });
    expect(await fillVariableForm(document, request())).toMatchObject({ generation: 'E', complete: true, missing: [] });
  });
});

describe('a form of a generation the extension does not know', () => {
  it('is not filled: after the give-up bound the person is told to fill it in themselves, and nothing is thrown', async () => {
    document.body.innerHTML = `
      <aside class="gl-drawer" data-testid="ci-variable-drawer">
        <div data-testid="ci-variable-type-segmented-control"></div>
        <textarea id="ci-variable-value"></textarea>
      </aside>`;
    const filling = fillVariableForm(document, request());
    await nextTask();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await filling).toMatchObject({ generation: null, complete: false, problem: expect.stringMatching(/fill it in yourself/) });
    expect(document.querySelector<HTMLTextAreaElement>('#ci-variable-value')!.value).toBe('');
  });
});

describe('the modal GitLab creates on demand (15.x Apollo to 16.5)', () => {
  /**
   * The Add button as GitLab wires it: Vue's click handler asks for the modal (created at Vue's
   * next render, a microtask), then the modal directive's handler asks to show it, which only a
   * modal that already exists hears. A scripted click runs both handlers with no microtask
   * between them; a click made by a person does have one.
   */
  function settingsWithOnDemandModal({ formAccepts = true } = {}) {
    document.body.innerHTML = `<div id="settings"><button data-testid="add-ci-variable-button">Variable hinzufügen</button></div>`;
    const add = document.querySelector('button')!;
    let modal: HTMLElement | null = null;
    let shown = 0;
    add.addEventListener('click', () => {
      queueMicrotask(() => {
        modal ??= document.createElement('div');
      });
    });
    add.addEventListener('click', () => {
      if (modal === null || modal.isConnected) return;
      shown++;
      modal.id = 'add-ci-variable';
      modal.innerHTML = `
        <select id="ci-variable-type"><option value="ENV_VAR">Variable</option><option value="FILE">Datei</option></select>
        <div data-testid="pipeline-form-ci-variable-key"><input></div>
        <textarea id="ci-variable-value"></textarea>
        <input type="checkbox" data-testid="ci-variable-expanded-checkbox" checked>
        <input type="checkbox" data-testid="ci-variable-masked-checkbox">
        <input type="checkbox" data-testid="ci-variable-protected-checkbox">
        <button data-testid="ciUpdateOrAddVariableBtn">Variable hinzufügen</button>`;
      document.body.append(modal);
      const masked = modal.querySelector<HTMLInputElement>('[data-testid="ci-variable-masked-checkbox"]')!;
      const submit = modal.querySelector<HTMLButtonElement>('button')!;
      // GitLab's form validation: refuses Masked for this value unless its rule accepts it.
      masked.addEventListener('change', () => (submit.disabled = masked.checked && !formAccepts));
    });
    return { shownCount: () => shown };
  }

  it('opens with a second click after GitLab has rendered, and only one form is shown', async () => {
    const settings = settingsWithOnDemandModal();
    const report = await fillVariableForm(document, request({ pageRawMaskRule: '^\\S{8,}$' }));
    expect(report).toMatchObject({ generation: 'B', complete: true, missing: [] });
    expect(settings.shownCount()).toBe(1);
    expect(document.querySelectorAll('#add-ci-variable')).toHaveLength(1);
  });

  it("is masked where GitLab's form accepts Masked for the JSON, and visible saying why where it refuses", async () => {
    settingsWithOnDemandModal({ formAccepts: true });
    expect(await fillVariableForm(document, request({ pageRawMaskRule: '^\\S{8,}$' }))).toMatchObject({
      masked: true,
      unmaskedBecause: null,
      complete: true,
    });
    settingsWithOnDemandModal({ formAccepts: false });
    expect(await fillVariableForm(document, request({ pageRawMaskRule: '^\\S{8,}$' }))).toMatchObject({
      masked: false,
      unmaskedBecause: 'form',
      complete: true,
    });
    // 15.x with GitLab's flag off: the page's rule is the strict one, which JSON never meets.
    settingsWithOnDemandModal({ formAccepts: false });
    expect(await fillVariableForm(document, request({ pageRawMaskRule: '^[a-zA-Z0-9_+=/@:.~-]{8,}$' }))).toMatchObject({
      masked: false,
      unmaskedBecause: 'rule',
      complete: true,
    });
  });

  it('says so clearly when the form never opens, after one retry only', async () => {
    document.body.innerHTML = `<button data-testid="add-ci-variable-button">Variable hinzufügen</button>`;
    let clicks = 0;
    document.querySelector('button')!.addEventListener('click', () => clicks++);
    const filling = fillVariableForm(document, request());
    // The second click comes after GitLab's render (a task); then only the give-up bound is left.
    for (let turn = 0; turn < 50 && clicks < 2; turn++) await nextTask();
    await nextTask();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await filling).toMatchObject({
      complete: false,
      problem: "GitLab's variable form did not open, or not in a way this extension knows: open it with GitLab's Add variable button and try again, or fill it in yourself.",
    });
    expect(clicks).toBe(2);
  });
});

describe("GitLab's Add variable button (16.6+ drawer)", () => {
  it('is pressed once when the drawer it opens is there after GitLab has rendered', async () => {
    document.body.innerHTML = '<button data-testid="add-ci-variable-button">Variable hinzufügen</button>';
    let clicks = 0;
    document.querySelector('button')!.addEventListener('click', () => {
      clicks++;
      // Vue renders the drawer at its next tick.
      queueMicrotask(() => {
        if (document.querySelector('aside') !== null) return;
        document.body.insertAdjacentHTML('beforeend', drawerE());
        selectOnClick(document);
      });
    });
    expect(await fillVariableForm(document, request())).toMatchObject({ generation: 'E', complete: true, missing: [] });
    expect(clicks).toBe(1);
  });
});
