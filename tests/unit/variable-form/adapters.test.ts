import { describe, expect, it } from 'vitest';
import {
  decideMasked,
  detectVariableForm,
  firstFieldOfOpenForm,
  generationA,
  generationB,
  generationC,
  generationD,
  generationE,
  openFormContainer,
} from '../../../utils/gitlab/variable-form';

// The forms as GitLab renders them (docs/gitlab-compatibility.md, "CI/CD variable form"), reduced to what tells the generations apart.
// Labels are German on purpose: nothing may depend on visible text.
const select = (values: string[]) =>
  `<select id="ci-variable-type">${values.map((v) => `<option value="${v}">${v}</option>`).join('')}</select>`;
const common = '<textarea id="ci-variable-value"></textarea>';
const expand = '<input type="checkbox" data-testid="ci-variable-expanded-checkbox">';
const listbox = '<ul role="listbox"><li role="option" data-testid="listbox-item-ENV_VAR" aria-selected="true">Variable</li><li role="option" data-testid="listbox-item-FILE">Datei</li></ul>';

const FORMS = {
  A: `<div id="add-ci-variable">${select(['Variable', 'Datei'])}${common}</div>`,
  B: `<div id="add-ci-variable">${select(['ENV_VAR', 'FILE'])}${common}${expand}</div>`,
  C: `<aside class="gl-drawer" data-testid="ci-variable-drawer">${select(['ENV_VAR', 'FILE'])}${common}${expand}</aside>`,
  D: `<aside class="gl-drawer" data-testid="ci-variable-drawer"><label for="ci-variable-type">Typ</label><button id="ci-variable-type"></button>${listbox}${common}${expand}</aside>`,
  E: `<aside class="gl-drawer" data-testid="ci-variable-drawer"><span id="ci-variable-type">Typ</span>${listbox}${common}${expand}</aside>`,
} as const;

function formOf(html: string): Element {
  document.body.innerHTML = html;
  const container = openFormContainer(document);
  if (container === null) throw new Error('no form container');
  return container;
}

describe('generation detection from the DOM', () => {
  it.each(Object.entries(FORMS))('recognises generation %s', (generation, html) => {
    expect(detectVariableForm(formOf(html))?.generation).toBe(generation);
  });

  it('knows no form without the value field, and no generation in unknown markup', () => {
    document.body.innerHTML = `<div id="add-ci-variable">${select(['ENV_VAR', 'FILE'])}</div>`;
    expect(openFormContainer(document)).toBeNull();
    expect(detectVariableForm(formOf(`<aside class="gl-drawer" data-testid="ci-variable-drawer">${common}</aside>`))).toBeNull();
  });

  it('chooses File by position in generation A (localized option values) and by value elsewhere', () => {
    const a = formOf(FORMS.A);
    generationA.chooseFile(a);
    expect(a.querySelector('select')!.value).toBe('Datei');
    expect(generationA.isFile(a)).toBe(true);
    const c = formOf(FORMS.C);
    generationC.chooseFile(c);
    expect(c.querySelector('select')!.value).toBe('FILE');
    const e = formOf(FORMS.E);
    let clicked = 0;
    e.querySelector('[data-testid="listbox-item-FILE"]')!.addEventListener('click', () => clicked++);
    generationE.chooseFile(e);
    expect(clicked).toBe(1);
  });
});

describe('masking decision', () => {
  const compact = '{"auths":{"registry.example.com":{"auth":"dXNlcjpzZWNyZXQ="}}}';
  const pretty = JSON.stringify(JSON.parse(compact), null, 2);

  it('tries compact JSON masked from the Apollo modal on (raw rule ^\\S{8,}$; the form has the last word), never on 15.0', () => {
    for (const adapter of [generationB, generationC, generationD, generationE]) expect(decideMasked(adapter, compact, null)).toBe(true);
    expect(decideMasked(generationA, compact, null)).toBe(false);
    expect(decideMasked(generationA, compact, '^\\S{8,}$')).toBe(false);
  });

  it('never masks pretty-printed JSON', () => {
    expect(decideMasked(generationE, pretty, null)).toBe(false);
  });

  it("follows the rule the page states: 15.x's strict rule (its flag off) refuses JSON, ^\\S{8,}$ (flag on) accepts it", () => {
    expect(decideMasked(generationC, compact, '^[a-zA-Z0-9_+=/@:.~-]{8,}$')).toBe(false);
    expect(decideMasked(generationB, compact, '^[a-zA-Z0-9_+=/@:.~-]{8,}$')).toBe(false);
    expect(decideMasked(generationB, compact, '^\\S{8,}$')).toBe(true);
    expect(decideMasked(generationD, compact, '(unreadable')).toBe(true);
    // Never looser than GitLab's loosest rule: a page rule accepting spaces does not make pretty JSON maskable.
    expect(decideMasked(generationB, pretty, '^[\\s\\S]{8,}$')).toBe(false);
  });
});

// Issue 14, item 2: after "Fill variable form" focus goes to the first field GitLab's form shows.
describe('the first field of the open form, by its generation', () => {
  const key = (testid: string) => `<div data-testid="${testid}"><input id="key-input"></div>`;
  // GitLab's listbox: the toggle's aria-controls names the panel that holds the items.
  const toggled = `<button data-testid="base-dropdown-toggle" id="env-toggle" aria-controls="env-panel"></button><div id="env-panel"></div>
    <button data-testid="base-dropdown-toggle" id="type-toggle" aria-controls="type-panel"></button><div id="type-panel">${listbox}</div>`;

  it('is Key in the modal (A, B) and Type in the drawer (C: its select; D, E: the toggle of the listbox holding File)', () => {
    document.body.innerHTML = `<div id="add-ci-variable">${key('pipeline-form-ci-variable-key')}${select(['Variable', 'Datei'])}${common}</div>`;
    expect(firstFieldOfOpenForm(document)?.id).toBe('key-input');
    document.body.innerHTML = `<div id="add-ci-variable">${key('pipeline-form-ci-variable-key')}${select(['ENV_VAR', 'FILE'])}${common}${expand}</div>`;
    expect(firstFieldOfOpenForm(document)?.id).toBe('key-input');
    document.body.innerHTML = FORMS.C;
    expect(firstFieldOfOpenForm(document)?.matches('select#ci-variable-type')).toBe(true);
    document.body.innerHTML = `<aside class="gl-drawer" data-testid="ci-variable-drawer"><span id="ci-variable-type">Typ</span>${toggled}${common}${expand}</aside>`;
    expect(firstFieldOfOpenForm(document)?.id).toBe('type-toggle');
  });

  it('is nothing when no form is open, or its markup is unknown', () => {
    document.body.innerHTML = '';
    expect(firstFieldOfOpenForm(document)).toBeNull();
    document.body.innerHTML = `<aside class="gl-drawer" data-testid="ci-variable-drawer">${common}</aside>`;
    expect(firstFieldOfOpenForm(document)).toBeNull();
  });
});

// GitLab reacts to every change event of the Type select and every click on a listbox item; when the
// form already says File (a refill after GitLab's reset, or the person chose it), nothing is sent.
describe('choosing File when the form already says File', () => {
  it('sends no change event to the native select (B, C)', () => {
    const c = formOf(FORMS.C);
    const typeSelect = c.querySelector('select')!;
    typeSelect.value = 'FILE';
    let changes = 0;
    typeSelect.addEventListener('change', () => changes++);
    generationC.chooseFile(c);
    expect(changes).toBe(0);
    expect(generationC.isFile(c)).toBe(true);
  });

  it('does not click the selected File item of the listbox (D, E)', () => {
    const fileSelected = FORMS.E.replace('aria-selected="true"', 'aria-selected="false"').replace(
      'data-testid="listbox-item-FILE"',
      'data-testid="listbox-item-FILE" aria-selected="true"',
    );
    const e = formOf(fileSelected);
    let clicked = 0;
    e.querySelector('[data-testid="listbox-item-FILE"]')!.addEventListener('click', () => clicked++);
    generationE.chooseFile(e);
    expect(clicked).toBe(0);
    expect(generationE.isFile(e)).toBe(true);
  });
});

// Unknown DOM (a GitLab release that reshapes the form): no generation is guessed, so nothing is
// filled into fields we do not know, and nothing throws into GitLab's page.
describe('forms that match no known generation', () => {
  it('a drawer whose Type select has localized values (15.0 modal markup) is not taken for 15.0', () => {
    expect(detectVariableForm(formOf(`<aside class="gl-drawer" data-testid="ci-variable-drawer">${select(['Variable', 'Datei'])}${common}</aside>`))).toBeNull();
  });

  it('a drawer with the Type listbox but no label naming it (neither D nor E) is not taken for D', () => {
    expect(detectVariableForm(formOf(`<aside class="gl-drawer" data-testid="ci-variable-drawer">${listbox}${common}${expand}</aside>`))).toBeNull();
  });

  it('a dropdown toggle whose panel is not in the form does not stop the Type toggle being found', () => {
    document.body.innerHTML = `<aside class="gl-drawer" data-testid="ci-variable-drawer"><span id="ci-variable-type">Typ</span>
      <button data-testid="base-dropdown-toggle" id="elsewhere-toggle" aria-controls="panel-not-rendered"></button>
      <button data-testid="base-dropdown-toggle" id="type-toggle" aria-controls="type-panel"></button><div id="type-panel">${listbox}</div>${common}${expand}</aside>`;
    expect(firstFieldOfOpenForm(document)?.id).toBe('type-toggle');
  });
});
