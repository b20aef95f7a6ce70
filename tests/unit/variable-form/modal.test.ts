// GitLab 15.0's "Add variable" modal (generation A, docs/gitlab-compatibility.md, "CI/CD variable
// form"): option values are the localized labels, the key field is the pipeline form's, there is
// no Expand box, and the modal is lazy: when it hides after a save, its content goes and the
// modal element stays. Also what the person is told when GitLab's Add button is not there, and
// when GitLab never says how a save went.
// Timers are fake and advanced only where a test says so (the give-up bound of the save).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fillVariableForm, type VariableFormRequest } from '../../../utils/gitlab/variable-form';
import { fillRequest } from './fill-request';

const request = (overrides: Partial<VariableFormRequest> = {}) => fillRequest({ protect: true, ...overrides });

/** The 15.0 modal as GitLab shows it, in German; `onSave` is what GitLab does when its button is pressed. */
function modalA(onSave: (modal: HTMLElement) => void = () => {}) {
  document.body.innerHTML = `
    <button data-testid="add-ci-variable-button">Variable hinzufügen</button>
    <div id="add-ci-variable" class="modal">
      <div data-testid="pipeline-form-ci-variable-key"><input></div>
      <select id="ci-variable-type"><option value="Variable">Variable</option><option value="Datei">Datei</option></select>
      <textarea id="ci-variable-value"></textarea>
      <input type="checkbox" data-testid="ci-variable-protected-checkbox">
      <input type="checkbox" data-testid="ci-variable-masked-checkbox">
      <button data-testid="ciUpdateOrAddVariableBtn">Variable hinzufügen</button>
    </div>`;
  const modal = document.querySelector<HTMLElement>('#add-ci-variable')!;
  const saves: string[] = [];
  modal.querySelector('[data-testid="ciUpdateOrAddVariableBtn"]')!.addEventListener('click', () => {
    saves.push(modal.querySelector('input')!.value);
    queueMicrotask(() => onSave(modal));
  });
  return { modal, saves };
}

/** A lazy modal that hides: its content is gone, the element stays. */
const hideLazily = (modal: HTMLElement) => {
  modal.innerHTML = '';
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('generation A (15.0 modal)', () => {
  it('fills key, value, File (the second option), Protect, visible (15.0 masks no JSON), and reads them back', async () => {
    const { modal } = modalA();
    const report = await fillVariableForm(document, request());
    expect(report).toEqual({
      generation: 'A',
      complete: true,
      missing: [],
      masked: false,
      unmaskedBecause: 'rule',
      protected: true,
      problem: null,
    });
    expect(modal.querySelector<HTMLInputElement>('[data-testid="pipeline-form-ci-variable-key"] input')!.value).toBe('DOCKER_AUTH_CONFIG');
    expect(modal.querySelector<HTMLSelectElement>('select')!.value).toBe('Datei');
    expect(modal.querySelector<HTMLInputElement>('[data-testid="ci-variable-masked-checkbox"]')!.checked).toBe(false);
  });

  it("names the type when GitLab's select does not keep File", async () => {
    const { modal } = modalA();
    const select = modal.querySelector<HTMLSelectElement>('select')!;
    select.addEventListener('change', () => (select.selectedIndex = 0));
    expect(await fillVariableForm(document, request())).toMatchObject({ generation: 'A', complete: false, missing: ['type'] });
  });

  it('names the key when the key field is not the one GitLab 15.0 renders', async () => {
    const { modal } = modalA();
    modal.querySelector('[data-testid="pipeline-form-ci-variable-key"]')!.removeAttribute('data-testid');
    expect(await fillVariableForm(document, request())).toMatchObject({ generation: 'A', complete: false, missing: ['key'] });
  });

  it('Save automatically: a modal that hides after the save (its content gone) is reported as pressed, at once', async () => {
    const { saves } = modalA(hideLazily);
    const report = await fillVariableForm(document, request({ saveAutomatically: true }));
    expect(saves).toEqual(['DOCKER_AUTH_CONFIG']);
    expect(report).toMatchObject({ complete: true, submitted: 'pressed' });
  });

  it('Save automatically: when GitLab never says how the save went, the report says the button was pressed', async () => {
    const { saves } = modalA();
    const filling = fillVariableForm(document, request({ saveAutomatically: true }));
    await vi.waitFor(() => expect(saves).toHaveLength(1));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await filling).toMatchObject({ complete: true, submitted: 'pressed' });
    expect(saves).toHaveLength(1);
  });
});

describe("GitLab's Add variable button", () => {
  const problem = "GitLab's Add variable button is missing or disabled (the project may have reached its variable limit).";

  it.each([
    ['missing', '<p>Keine Variablen</p>'],
    ['disabled (the variable limit is reached)', '<button data-testid="add-ci-variable-button" disabled>Variable hinzufügen</button>'],
  ])('%s: the person is told, and nothing is filled', async (_, html) => {
    document.body.innerHTML = html;
    expect(await fillVariableForm(document, request())).toEqual({
      generation: null,
      complete: false,
      missing: [],
      masked: false,
      unmaskedBecause: null,
      protected: null,
      problem,
    });
  });
});
