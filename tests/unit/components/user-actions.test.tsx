import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFormHelper } from '../../../components/panel/form-helper-button';
import { createGenerateButton } from '../../../components/panel/generate-button';
import { TokenPanel } from '../../../components/panel/TokenPanel';
import { VariablePanel, type VariablePanelProps } from '../../../components/panel/VariablePanel';
import { eventTrust } from '../../../components/user-action';
import type { ExistingVariable } from '../../../utils/messaging/protocol';
import { withPanelText } from '../../support/panel-text';

// Issue 13, item 2: the panels live in GitLab's page, whose scripts can call click() on their
// buttons. Every action that saves, replaces, fills, copies, verifies or opens a tab or the panel
// acts on a person's own (trusted) event only. In happy-dom every event is synthetic, as a page
// script's is: a plain click() must do nothing. `asPerson()` stands in for the browser's verdict
// on a real click, to show the same click then acts.

const JSON_VALUE = '{"auths":{"registry.example.com":{"auth":"YWxpY2U6Z2xwYXQtYWJjZGVmZ2hpamtsbW5vcA=="}}}';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

const asPerson = () => vi.spyOn(eventTrust, 'isUserAction').mockReturnValue(true);

async function settle() {
  for (let i = 0; i < 5; i += 1) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

function button(name: string): HTMLButtonElement {
  const found = Array.from(root.querySelectorAll('button')).find((element) => element.textContent?.trim() === name);
  if (!found) throw new Error(`no button ${name}; there are: ${Array.from(root.querySelectorAll('button'), (b) => b.textContent?.trim()).join(', ')}`);
  return found;
}

async function press(name: string) {
  await act(() => button(name).click());
  await settle();
}

describe('the token panel', () => {
  function renderTokenPanel() {
    const spies = {
      verify: vi.fn(async () => ({ verdict: 'valid' as const, message: 'Valid.' })),
      handOff: vi.fn(async () => 'Opened the CI/CD settings in a new tab.'),
      writeText: vi.fn(async () => undefined),
    };
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: spies.writeText }, configurable: true });
    render(
      withPanelText(<TokenPanel
        secret="glpat-abcdefghijklmnop"
        lockedUsername={null}
        location={{ origin: 'https://gitlab.example.com', relativeRoot: '' }}
        handoffScope={{ owner: 'project', fullPath: 'acme/backend' }}
        projectPath="acme/backend"
        resolveContext={async () => ({
          registry: { value: 'registry.example.com', source: 'GitLab', problem: null },
          username: { value: 'alice', source: 'GitLab', problem: null },
        })}
        build={async () => ({ json: JSON_VALUE, key: 'registry.example.com', errors: {} })}
        verify={spies.verify}
        handOff={spies.handOff}
        clearClipboard={async () => false}
        onClose={() => {}}
      />),
      root,
    );
    return spies;
  }

  it("ignores a script's click on Copy, Verify and Fill CI/CD variable", async () => {
    const spies = renderTokenPanel();
    await settle();
    expect(root.querySelector('textarea')!.value).toBe(JSON_VALUE);
    for (const name of ['Copy', 'Verify', 'Fill CI/CD variable']) await press(name);
    expect(spies.writeText).not.toHaveBeenCalled();
    expect(spies.verify).not.toHaveBeenCalled();
    expect(spies.handOff).not.toHaveBeenCalled();
    expect(root.querySelector('[role="status"]')?.textContent ?? '').toBe('');
  });

  it("acts on a person's click", async () => {
    const spies = renderTokenPanel();
    await settle();
    asPerson();
    for (const name of ['Copy', 'Verify', 'Fill CI/CD variable']) await press(name);
    expect(spies.writeText).toHaveBeenCalledWith(JSON_VALUE);
    expect(spies.verify).toHaveBeenCalledOnce();
    expect(spies.handOff).toHaveBeenCalledWith({ owner: 'project', fullPath: 'acme/backend' }, JSON_VALUE, 'registry.example.com');
  });
});

describe('the CI/CD variables panel', () => {
  function renderVariablePanel(existing: ExistingVariable) {
    const spies = {
      save: vi.fn<VariablePanelProps['save']>(async () => ({ outcome: 'saved', message: 'Saved.', existing: null, masked: true, protected: false })),
      fillForm: vi.fn(),
    };
    render(
      withPanelText(<VariablePanel
        preset={{ json: JSON_VALUE, registry: 'registry.example.com' }}
        owner="project"
        settings={{ variableKey: 'DOCKER_AUTH_CONFIG', protect: 'gitlab' }}
        protectedByDefault={false}
        resultUrl={null}
        prefill={async () => {
          throw new Error('not asked with a preset');
        }}
        build={async () => ({ json: null, key: null, errors: {} })}
        lookup={async () => existing}
        save={spies.save}
        fillForm={spies.fillForm}
        onClose={() => {}}
      />),
      root,
    );
    return spies;
  }
  const VISIBLE: ExistingVariable = { hidden: false, variableType: 'file', protected: false, masked: true };

  it("ignores a script's click on Fill variable form and Save as CI/CD variable", async () => {
    const spies = renderVariablePanel(null);
    await settle();
    await press('Fill variable form');
    await press('Save as CI/CD variable');
    expect(spies.fillForm).not.toHaveBeenCalled();
    expect(spies.save).not.toHaveBeenCalled();
  });

  it("ignores a script's click on Add to existing, Replace and Yes, replace it", async () => {
    const spies = renderVariablePanel(VISIBLE);
    await settle();
    await press('Add to existing');
    await press('Replace');
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    // The person asked to replace; a script confirms: nothing is replaced, the question stays.
    const person = asPerson();
    await press('Replace');
    person.mockRestore();
    await press('Yes, replace it');
    expect(root.querySelector('[role="alertdialog"]')).not.toBeNull();
    expect(spies.save).not.toHaveBeenCalled();
  });

  it("acts on a person's click", async () => {
    const fresh = renderVariablePanel(null);
    await settle();
    asPerson();
    await press('Save as CI/CD variable');
    expect(fresh.save).toHaveBeenCalledWith('create', JSON_VALUE, 'registry.example.com');
    render(null, root);
    const existing = renderVariablePanel(VISIBLE);
    await settle();
    await press('Replace');
    await press('Yes, replace it');
    expect(existing.save).toHaveBeenCalledWith('replace', JSON_VALUE, 'registry.example.com');
    render(null, root);
    const filling = renderVariablePanel(null);
    await settle();
    await press('Fill variable form');
    expect(filling.fillForm).toHaveBeenCalledWith(JSON_VALUE, 'registry.example.com');
  });
});

describe("the buttons placed in GitLab's page", () => {
  it('Generate DOCKER_AUTH_CONFIG opens the panel on a person\'s click only', () => {
    const open = vi.fn();
    const generate = createGenerateButton('Generate DOCKER_AUTH_CONFIG', open);
    generate.click();
    generate.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(open).not.toHaveBeenCalled();
    asPerson();
    generate.click();
    expect(open).toHaveBeenCalledOnce();
  });

  it('Create registry read token fills the form on a person\'s click only, and says what the fill answered', async () => {
    const fill = vi.fn(() => Promise.resolve('Filled: name.'));
    const helper = createFormHelper({ createReadToken: 'Create registry read token', formNotFilled: 'Not filled.' }, fill);
    helper.querySelector('button')!.click();
    expect(fill).not.toHaveBeenCalled();
    expect(helper.querySelector('[role="status"]')!.textContent).toBe('');
    asPerson();
    helper.querySelector('button')!.click();
    expect(fill).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(helper.querySelector('[role="status"]')!.textContent).toBe('Filled: name.'));
  });
});
