import { afterEach, describe, expect, it } from 'vitest';
import { fillVariableForm, type VariableFormRequest } from '../../../utils/gitlab/variable-form';
import { fillRequest } from './fill-request';

// fillVariableForm with a GitLab's settings: Protect on/off clicks the box only when it differs;
// Save automatically presses GitLab's save button once, and only after a complete fill.


/** Generation C's drawer (16.6-17.x), reduced to what the filler touches. */
function drawer({ protectedByDefault = false, submitEnabled = true, answerAfterMs = 0 } = {}) {
  document.body.innerHTML = `
    <aside class="gl-drawer" data-testid="ci-variable-drawer">
      <select id="ci-variable-type"><option value="ENV_VAR">Variable</option><option value="FILE">Datei</option></select>
      <div data-testid="ci-variable-key"><input></div>
      <textarea id="ci-variable-value"></textarea>
      <input id="ci-variable-description">
      <input type="checkbox" data-testid="ci-variable-expanded-checkbox" checked>
      <input type="checkbox" data-testid="ci-variable-masked-checkbox">
      <input type="checkbox" data-testid="ci-variable-protected-checkbox" ${protectedByDefault ? 'checked' : ''}>
      <button data-testid="ci-variable-confirm-button" ${submitEnabled ? '' : 'disabled'}>Variable hinzufügen</button>
    </aside>`;
  const container = document.querySelector('aside')!;
  const protectBox = container.querySelector<HTMLInputElement>('[data-testid="ci-variable-protected-checkbox"]')!;
  const events = { protectClicks: 0, saves: [] as Array<{ key: string; protected: boolean }>, keys: [] as string[] };
  protectBox.addEventListener('click', () => events.protectClicks++);
  container.addEventListener('keydown', (event) => events.keys.push((event as KeyboardEvent).key), true);
  const submit = container.querySelector('button')!;
  let answer: 'success' | 'danger' | 'close' = 'success';
  submit.addEventListener('click', () => {
    events.saves.push({ key: container.querySelector('input')!.value, protected: protectBox.checked });
    // As GitLab: the drawer resets and says how the save went; the modal closes. With
    // `answerAfterMs`, only once GitLab's API has answered the save request (network time).
    const respond = () => {
      if (answer === 'close') return container.remove();
      const alert = document.createElement('div');
      alert.className = `gl-alert gl-alert-${answer}`;
      alert.dataset.testid = 'ci-variable-mutation-alert';
      container.prepend(alert);
      container.querySelector('textarea')!.value = '';
    };
    if (answerAfterMs === 0) queueMicrotask(respond);
    else setTimeout(respond, answerAfterMs);
  });
  return { events, answerWith: (value: typeof answer) => (answer = value) };
}

const request = (overrides: Partial<VariableFormRequest> = {}) => fillRequest({ key: 'REGISTRY_AUTH', ...overrides });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Protect', () => {
  it('null leaves GitLab\'s default untouched, on and off click the box only when it differs', async () => {
    for (const [byDefault, protect, clicks, checked] of [
      [true, null, 0, true],
      [false, null, 0, false],
      [false, true, 1, true],
      [true, true, 0, true],
      [true, false, 1, false],
      [false, false, 0, false],
    ] as const) {
      const { events } = drawer({ protectedByDefault: byDefault });
      const report = await fillVariableForm(document, request({ protect }));
      expect(events.protectClicks).toBe(clicks);
      expect(report).toMatchObject({ generation: 'C', complete: true, missing: [], protected: checked });
      expect(document.querySelector<HTMLInputElement>('[data-testid="ci-variable-key"] input')!.value).toBe('REGISTRY_AUTH');
    }
  });

  it('is named when the box cannot be found', async () => {
    drawer();
    document.querySelector('[data-testid="ci-variable-protected-checkbox"]')!.remove();
    const report = await fillVariableForm(document, request({ protect: true }));
    expect(report).toMatchObject({ complete: false, missing: ['protected'], protected: null });
  });
});

describe('Type File on the native select (generations B and C)', () => {
  it("is chosen so that GitLab's select hears it: BootstrapVue's model follows the select's change event", async () => {
    drawer();
    const select = document.querySelector<HTMLSelectElement>('#ci-variable-type')!;
    let model = select.value;
    select.addEventListener('change', () => (model = select.value));
    const report = await fillVariableForm(document, request());
    expect(model).toBe('FILE');
    expect(report).toMatchObject({ complete: true, missing: [] });
  });

  it("is named when GitLab's select does not keep it", async () => {
    drawer();
    const select = document.querySelector<HTMLSelectElement>('#ci-variable-type')!;
    select.addEventListener('change', () => (select.value = 'ENV_VAR'));
    expect(await fillVariableForm(document, request())).toMatchObject({ generation: 'C', complete: false, missing: ['type'] });
  });
});

describe("GitLab's form refuses Masked for the value", () => {
  // BootstrapVue marks an invalid field with aria-invalid and the is-invalid class; GitLab also
  // disables its save button while the form is invalid (docs/gitlab-compatibility.md, "Masking").
  it.each([
    ['marks the value field aria-invalid', (value: HTMLTextAreaElement, invalid: boolean) => value.setAttribute('aria-invalid', String(invalid))],
    ['gives the value field the is-invalid class', (value: HTMLTextAreaElement, invalid: boolean) => value.classList.toggle('is-invalid', invalid)],
  ])('%s: the value is saved visible, and the report says the form refused it', async (_, markInvalid) => {
    drawer();
    const masked = document.querySelector<HTMLInputElement>('[data-testid="ci-variable-masked-checkbox"]')!;
    const value = document.querySelector<HTMLTextAreaElement>('#ci-variable-value')!;
    masked.addEventListener('change', () => markInvalid(value, masked.checked));
    const report = await fillVariableForm(document, request());
    expect(report).toMatchObject({ complete: true, missing: [], masked: false, unmaskedBecause: 'form' });
    expect(masked.checked).toBe(false);
  });
});

describe("GitLab's verdict a render later", () => {
  it('is waited for: Vue renders the disabled button after its model has changed, microtasks later', async () => {
    drawer();
    const masked = document.querySelector<HTMLInputElement>('[data-testid="ci-variable-masked-checkbox"]')!;
    const submit = document.querySelector<HTMLButtonElement>('[data-testid="ci-variable-confirm-button"]')!;
    // The model changes in one microtask, the button is rendered in the next.
    masked.addEventListener('change', () => queueMicrotask(() => queueMicrotask(() => (submit.disabled = masked.checked))));
    const report = await fillVariableForm(document, request());
    expect(report).toMatchObject({ complete: true, masked: false, unmaskedBecause: 'form' });
  });
});

describe('Save automatically', () => {
  it('off (or not asked): GitLab\'s save button is never pressed', async () => {
    for (const saveAutomatically of [false, undefined]) {
      const { events } = drawer();
      const reports: unknown[] = [];
      const report = await fillVariableForm(document, request({ protect: true, saveAutomatically }), (r) => reports.push(r));
      expect(report.complete).toBe(true);
      expect(report.submitted).toBeUndefined();
      expect(events.saves).toEqual([]);
      expect(reports).toHaveLength(1);
    }
  });

  it('on: pressed once after the complete fill, with the key and Protect as set; GitLab\'s answer reported', async () => {
    const { events } = drawer();
    const reports: Array<{ submitted?: string; complete: boolean }> = [];
    const report = await fillVariableForm(document, request({ protect: true, saveAutomatically: true }), (r) => reports.push(r));
    expect(events.saves).toEqual([{ key: 'REGISTRY_AUTH', protected: true }]);
    expect(report).toMatchObject({ complete: true, masked: true, protected: true, submitted: 'saved' });
    // One report, the final one: no "review it, then save" before it.
    expect(reports).toEqual([report]);
    expect(events.keys).toEqual([]);
  });

  it("on: GitLab's answer is waited for when it comes after the save request's round trip", async () => {
    drawer({ answerAfterMs: 50 });
    expect((await fillVariableForm(document, request({ saveAutomatically: true }))).submitted).toBe('saved');
  });

  it('on: a refusal and a closing form are reported as such', async () => {
    const refused = drawer();
    refused.answerWith('danger');
    expect((await fillVariableForm(document, request({ saveAutomatically: true }))).submitted).toBe('refused');
    const modal = drawer();
    modal.answerWith('close');
    expect((await fillVariableForm(document, request({ saveAutomatically: true }))).submitted).toBe('pressed');
    expect(modal.events.saves).toHaveLength(1);
  });

  it('on: an incomplete fill (GitLab\'s button disabled, a field that did not take) is never saved', async () => {
    const disabled = drawer({ submitEnabled: false });
    const report = await fillVariableForm(document, request({ saveAutomatically: true }));
    expect(report).toMatchObject({ complete: false });
    expect(report.submitted).toBeUndefined();
    expect(disabled.events.saves).toEqual([]);

    const noProtect = drawer();
    document.querySelector('[data-testid="ci-variable-protected-checkbox"]')!.remove();
    expect((await fillVariableForm(document, request({ protect: false, saveAutomatically: true }))).complete).toBe(false);
    expect(noProtect.events.saves).toEqual([]);
  });
});
