import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { EnableOnThisGitLab } from '../../../components/options/EnableOnThisGitLab';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { instanceSettingsFor, readStoredInstances } from '../../../utils/instances/store';
import { installExtensionFakes, type FakePermissions, type FakeScripting } from './fakes';
import { inEnglish, renderRootPerTest, settle } from '../../support/render-root';

// The options page and the popup's offer, rendered with WXT's fake browser; browser.permissions
// and browser.scripting (which it lacks) are the in-memory fakes of ./fakes.
let permissions: FakePermissions;
let scripting: FakeScripting;

const root = renderRootPerTest();
beforeEach(() => {
  ({ permissions, scripting } = installExtensionFakes());
});

const input = (selector: string) => root().querySelector<HTMLInputElement>(selector)!;
const button = (text: string) => [...root().querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;
const type = (element: HTMLInputElement, value: string) => {
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
};

/** Types an address into the options page's form and presses Add GitLab instance. */
async function addThroughForm(address: string) {
  type(input('#instance-url'), address);
  await settle();
  button('Add GitLab instance').click();
  await settle();
}

describe('options page', () => {
  it('lists gitlab.com built in', async () => {
    render(inEnglish(<OptionsApp />), root());
    await settle();
    const items = [...root().querySelectorAll('li.instance')];
    expect(items.map((item) => item.getAttribute('data-origin'))).toEqual(['https://gitlab.com']);
    expect(items[0]!.textContent).toContain('built in');
  });

  it('says what is wrong with an address and asks for nothing', async () => {
    render(inEnglish(<OptionsApp />), root());
    await settle();
    await addThroughForm('https://me:pw@gitlab.example.test');
    expect(root().querySelector('[role="alert"]')!.textContent).toMatch(/Remove the user name and password/);
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
  });

  it('asks for the origin inside the click, then lists and registers the instance', async () => {
    render(inEnglish(<OptionsApp />), root());
    await settle();
    type(input('#instance-url'), 'https://gitlab.example.test/gitlab');
    await settle();
    button('Add GitLab instance').click();
    // Synchronously, within the click: the user gesture the browser's prompt needs.
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://gitlab.example.test/*'] });
    await settle();
    expect(root().querySelector('[data-outcome="added"]')!.textContent).toMatch(/Enabled on https:\/\/gitlab.example.test\/gitlab/);
    expect([...root().querySelectorAll('li.instance')].map((item) => item.getAttribute('data-origin'))).toEqual([
      'https://gitlab.com',
      'https://gitlab.example.test',
    ]);
    expect([...scripting.scripts.keys()]).toEqual([
      'dac:https://gitlab.example.test:token-pages',
      'dac:https://gitlab.example.test:ci-variables',
    ]);
  });

  it('shows a visible warning for plain http://', async () => {
    render(inEnglish(<OptionsApp />), root());
    await settle();
    type(input('#instance-url'), 'http://gitlab.internal');
    await settle();
    expect(root().querySelector('.add [role="note"]')!.textContent).toMatch(/plain http:\/\//);
  });

  it('leaves a clear message and nothing else when access is refused', async () => {
    permissions.answer = false;
    render(inEnglish(<OptionsApp />), root());
    await settle();
    await addThroughForm('https://gitlab.example.test');
    expect(root().querySelector('[data-outcome="refused"]')!.textContent).toMatch(/was not granted, so nothing was added/);
    expect(await readStoredInstances()).toEqual([]);
    expect(scripting.scripts.size).toBe(0);
  });

  it('saves settings checked, and says what is wrong', async () => {
    permissions.granted.add('https://gitlab.example.test/*');
    await fakeBrowser.storage.local.set({ instances: [{ origin: 'https://gitlab.example.test', relativeRoot: '', settings: {} }] });
    render(inEnglish(<OptionsApp />), root());
    await settle();
    const card = root().querySelector<HTMLElement>('li[data-origin="https://gitlab.example.test"]')!;
    type(card.querySelector<HTMLInputElement>('input[id$="-registry"]')!, 'user@registry');
    type(card.querySelector<HTMLInputElement>('input[id$="-key"]')!, 'MY-KEY');
    type(card.querySelector<HTMLInputElement>('input[id$="-warn-days"]')!, 'a month');
    await settle();
    card.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();
    expect(card.textContent).toMatch(/Remove the "name@" part/);
    expect(card.textContent).toMatch(/only letters, digits and "_"/);
    expect(card.textContent).toMatch(/Enter a whole number of days from 0 to 365/);

    type(card.querySelector<HTMLInputElement>('input[id$="-registry"]')!, 'Registry.Example.Test:5050');
    type(card.querySelector<HTMLInputElement>('input[id$="-key"]')!, 'MY_KEY');
    type(card.querySelector<HTMLInputElement>('input[id$="-warn-days"]')!, '14');
    const protect = card.querySelector<HTMLSelectElement>('select')!;
    protect.value = 'off';
    protect.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    card.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();
    expect(await instanceSettingsFor('https://gitlab.example.test')).toEqual({
      registry: 'registry.example.test:5050',
      protect: 'off',
      variableKey: 'MY_KEY',
      saveAutomatically: false,
      clearClipboard: true,
      warnDays: 14,
    });
  });

  it("turns the clipboard's clearing after Copy off for one GitLab (on unless turned off)", async () => {
    permissions.granted.add('https://gitlab.example.test/*');
    await fakeBrowser.storage.local.set({ instances: [{ origin: 'https://gitlab.example.test', relativeRoot: '', settings: {} }] });
    render(inEnglish(<OptionsApp />), root());
    await settle();
    const card = root().querySelector<HTMLElement>('li[data-origin="https://gitlab.example.test"]')!;
    const label = [...card.querySelectorAll('label')].find((element) => element.textContent?.includes('Clear the clipboard 30 s after Copy'))!;
    const box = label.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.checked).toBe(true);
    box.click();
    await settle();
    card.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();
    expect((await instanceSettingsFor('https://gitlab.example.test')).clearClipboard).toBe(false);
    // Only a choice is stored: nothing copied, no token.
    expect(JSON.stringify(await fakeBrowser.storage.local.get())).not.toMatch(/glpat|auths/);
  });

  it('removes an instance: its scripts and its access go', async () => {
    render(inEnglish(<OptionsApp />), root());
    await settle();
    await addThroughForm('https://gitlab.example.test');
    root().querySelector<HTMLButtonElement>('button[aria-label="Remove https://gitlab.example.test"]')!.click();
    await settle();
    expect(scripting.scripts.size).toBe(0);
    expect(permissions.granted.size).toBe(0);
    expect(root().querySelectorAll('li.instance')).toHaveLength(1);
  });
});

describe('the popup\'s "Enable on this GitLab"', () => {
  it('shows nothing when the tab is not a GitLab to add', async () => {
    render(inEnglish(<EnableOnThisGitLab find={async () => null} />), root());
    await settle();
    expect(root().innerHTML).toBe('');
  });

  it('enables the GitLab in the tab through the same path', async () => {
    const here = { address: { origin: 'http://gitlab.internal', relativeRoot: '/gitlab' }, warning: 'plain http warning' };
    render(inEnglish(<EnableOnThisGitLab find={async () => here} />), root());
    await settle();
    expect(root().textContent).toContain('http://gitlab.internal/gitlab');
    expect(root().textContent).toContain('plain http warning');
    button('Enable on this GitLab').click();
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['http://gitlab.internal/*'] });
    await settle();
    expect(root().querySelector('[role="status"]')!.textContent).toMatch(/Enabled on http:\/\/gitlab.internal\/gitlab/);
    expect(scripting.scripts.has('dac:http://gitlab.internal:token-pages')).toBe(true);
  });
});
