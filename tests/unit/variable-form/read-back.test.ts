import { afterEach, describe, expect, it } from 'vitest';
import { fillVariableForm, readVariablesPageData } from '../../../utils/gitlab/variable-form';
import { fillRequest, JSON_VALUE } from './fill-request';

// The fill is done only when its effect has been read back from GitLab's form: a field that did
// not take is named, the form is never called complete then, and "Save automatically" never
// presses GitLab's button for an incomplete form (issue 18, item 6). The fixture is generation
// D's drawer (listbox type, visibility radios, description); `refuse` makes one of GitLab's
// controls ignore what the extension does, as a component GitLab changed would.

const request = fillRequest;

type Refusal = 'key' | 'value' | 'type' | 'expand' | 'visibility' | 'description' | null;

function drawerD(refuse: Refusal = null, { environment = null as string | null } = {}) {
  document.body.innerHTML = `
    <aside class="gl-drawer" data-testid="ci-variable-drawer">
      <label for="ci-variable-type">Typ</label>
      <ul role="listbox"><li role="option" data-testid="listbox-item-ENV_VAR" aria-selected="true">Variable</li>
        <li role="option" data-testid="listbox-item-FILE">Datei</li></ul>
      <div role="group" data-testid="environment-scope">
        <ul role="listbox"><li role="option" data-testid="listbox-item-*">*</li>
          <li role="option" data-testid="listbox-item-production" ${environment === 'production' ? 'aria-selected="true"' : ''}>production</li></ul>
        <button role="menuitem" class="dropdown-item" disabled data-testid="search-query-note">…</button>
      </div>
      <input type="radio" name="v" data-testid="ci-variable-visible-radio" checked>
      <input type="radio" name="v" data-testid="ci-variable-masked-radio">
      <input type="checkbox" data-testid="ci-variable-expanded-checkbox" checked>
      <input type="checkbox" data-testid="ci-variable-protected-checkbox">
      <input id="ci-variable-description">
      <div data-testid="ci-variable-key"><input></div>
      <textarea id="ci-variable-value"></textarea>
      <button data-testid="ci-variable-confirm-button">Variable hinzufügen</button>
    </aside>`;
  const container = document.querySelector('aside')!;
  const events: string[] = [];
  const saves: number[] = [];
  for (const type of ['input', 'change', 'click']) {
    container.addEventListener(type, (event) => {
      const target = event.target as HTMLElement;
      events.push(`${type}:${target.id || target.getAttribute('data-testid') || target.parentElement?.getAttribute('data-testid') || target.tagName}`);
    });
  }
  container.querySelector('[data-testid="ci-variable-confirm-button"]')!.addEventListener('click', () => saves.push(1));
  // The type listbox: a click on an item selects it, unless GitLab's control refuses.
  for (const item of Array.from(container.querySelectorAll('li[data-testid^="listbox-item-"]'))) {
    item.addEventListener('click', () => {
      if (refuse === 'type' && item.getAttribute('data-testid') === 'listbox-item-FILE') return;
      for (const sibling of Array.from(item.parentElement!.children)) sibling.removeAttribute('aria-selected');
      item.setAttribute('aria-selected', 'true');
    });
  }
  // A refused text field is set back by its component; a refused box or radio is clicked back.
  const undoText = (selector: string) =>
    container.querySelector(selector)!.addEventListener('input', (event) => ((event.target as HTMLInputElement).value = ''));
  const undoClick = (selector: string) =>
    container.querySelector(selector)!.addEventListener('click', (event) => event.preventDefault());
  if (refuse === 'key') undoText('[data-testid="ci-variable-key"] input');
  if (refuse === 'value') undoText('#ci-variable-value');
  if (refuse === 'description') undoText('#ci-variable-description');
  if (refuse === 'expand') undoClick('[data-testid="ci-variable-expanded-checkbox"]');
  if (refuse === 'visibility') undoClick('[data-testid="ci-variable-masked-radio"]');
  return { container, events, saves };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('reading GitLab\'s form back', () => {
  it('reports a complete fill when every field took', async () => {
    drawerD();
    expect(await fillVariableForm(document, request())).toMatchObject({ generation: 'D', complete: true, missing: [], masked: true });
  });

  it.each<[Exclude<Refusal, null>, string]>([
    ['key', 'key'],
    ['value', 'value'],
    ['type', 'type'],
    ['expand', 'expand'],
    ['visibility', 'visibility'],
    ['description', 'description'],
  ])('names the %s when GitLab\'s control did not take it, and never saves that form for the person', async (refuse, field) => {
    const { saves } = drawerD(refuse);
    const report = await fillVariableForm(document, request({ saveAutomatically: true }));
    expect(report.complete).toBe(false);
    expect(report.missing).toContain(field);
    expect(report.submitted).toBeUndefined();
    expect(saves).toEqual([]);
  });

  it('names the visibility, and throws nothing into the page, when the form has no control for it GitLab is known to render', async () => {
    const { container, saves } = drawerD();
    container.querySelector('[data-testid="ci-variable-masked-radio"]')!.remove();
    const report = await fillVariableForm(document, request({ saveAutomatically: true }));
    expect(report).toMatchObject({ complete: false, missing: ['visibility'] });
    expect(saves).toEqual([]);
  });

  it.each([
    ['expand', '[data-testid="ci-variable-expanded-checkbox"]'],
    ['description', '#ci-variable-description'],
  ])('names the %s when its field is not in the form, and throws nothing into the page', async (field, selector) => {
    const { container, saves } = drawerD();
    container.querySelector(selector)!.remove();
    const report = await fillVariableForm(document, request({ saveAutomatically: true }));
    expect(report).toMatchObject({ complete: false, missing: [field] });
    expect(saves).toEqual([]);
  });

  it("is not complete, and throws nothing into the page, when GitLab's save button is not one it knows", async () => {
    const { container } = drawerD();
    container.querySelector('[data-testid="ci-variable-confirm-button"]')!.removeAttribute('data-testid');
    const report = await fillVariableForm(document, request({ saveAutomatically: true }));
    expect(report).toMatchObject({ complete: false });
    expect(report.submitted).toBeUndefined();
  });

  it('names the environment when the form holds another scope, and never saves it', async () => {
    const { saves } = drawerD(null, { environment: 'production' });
    const report = await fillVariableForm(document, request({ saveAutomatically: true }));
    expect(report).toMatchObject({ complete: false, missing: ['environment'] });
    expect(saves).toEqual([]);
  });
});

describe('driving GitLab\'s form', () => {
  it('sends the events GitLab listens to: input and change for text, a click for boxes, radios and listbox items', async () => {
    const { events } = drawerD();
    await fillVariableForm(document, request());
    expect(events).toEqual(
      expect.arrayContaining([
        'click:listbox-item-FILE',
        'input:ci-variable-key',
        'change:ci-variable-key',
        'input:ci-variable-value',
        'change:ci-variable-value',
        'input:ci-variable-description',
        'change:ci-variable-description',
        'click:ci-variable-expanded-checkbox',
        'click:ci-variable-masked-radio',
      ]),
    );
    // No key press ever reaches GitLab's form (Enter acts in the key field, Escape closes the drawer).
    expect(events.filter((event) => event.startsWith('key'))).toEqual([]);
  });

  it('keeps autocomplete="off" on the value field, also when GitLab\'s component drops it on re-render', async () => {
    drawerD();
    await fillVariableForm(document, request());
    const value = document.querySelector<HTMLTextAreaElement>('#ci-variable-value')!;
    expect(value.getAttribute('autocomplete')).toBe('off');
    value.removeAttribute('autocomplete');
    await new Promise((resolve) => queueMicrotask(() => resolve(null)));
    expect(value.getAttribute('autocomplete')).toBe('off');
  });

  it('fills once more when GitLab resets the form while it is being filled (its drawer does so when created)', async () => {
    const { container } = drawerD();
    const key = container.querySelector<HTMLInputElement>('[data-testid="ci-variable-key"] input')!;
    const value = container.querySelector<HTMLTextAreaElement>('#ci-variable-value')!;
    let resets = 0;
    container.querySelector('#ci-variable-description')!.addEventListener('change', () => {
      if (resets++ > 0) return;
      key.value = '';
      value.value = '';
    });
    const report = await fillVariableForm(document, request());
    expect(resets, 'GitLab reset the form once').toBe(1);
    expect(report).toMatchObject({ complete: true, missing: [] });
    expect([key.value, value.value]).toEqual(['DOCKER_AUTH_CONFIG', JSON_VALUE]);
  });
});

describe('a form GitLab did not reset', () => {
  // Each round of filling is heard by GitLab's handlers (and clicks the File item and the boxes again).
  it.each<[string, Refusal]>([
    ['every field took', null],
    ['the key did not take', 'key'],
    ['the value did not take', 'value'],
  ])('is written once when %s', async (_, refuse) => {
    const { events } = drawerD(refuse);
    await fillVariableForm(document, request());
    expect(events.filter((event) => event === 'input:ci-variable-key')).toHaveLength(1);
    expect(events.filter((event) => event === 'input:ci-variable-value')).toHaveLength(1);
  });
});

describe("the page's own data, read before GitLab's app replaces its mount element", () => {
  it('takes Protect by default and the rule for unexpanded masked values from the mount element', () => {
    document.body.innerHTML = '<div id="js-ci-variables" data-protected-by-default="true" data-maskable-raw-regex="^\\S{8,}$"></div>';
    const data = { protectedByDefault: null, maskableRawRegex: null };
    readVariablesPageData(document, data);
    expect(data).toEqual({ protectedByDefault: true, maskableRawRegex: '^\\S{8,}$' });
  });

  it('reads the instance page too, and leaves what the page does not say as unknown', () => {
    document.body.innerHTML = '<div id="js-instance-variables" data-protected-by-default="false"></div>';
    const data = { protectedByDefault: null, maskableRawRegex: null };
    readVariablesPageData(document, data);
    expect(data).toEqual({ protectedByDefault: false, maskableRawRegex: null });
    document.body.innerHTML = '<div id="js-ci-variables" data-protected-by-default="maybe"></div>';
    const unknown = { protectedByDefault: null, maskableRawRegex: null };
    readVariablesPageData(document, unknown);
    expect(unknown).toEqual({ protectedByDefault: null, maskableRawRegex: null });
  });
});
