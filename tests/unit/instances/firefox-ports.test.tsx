import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { AddInstanceForm } from '../../../components/options/AddInstanceForm';
import { EnableOnThisGitLab } from '../../../components/options/EnableOnThisGitLab';
import { InstanceCard } from '../../../components/options/InstanceCard';
import { DEFAULT_SETTINGS } from '../../../utils/instances/settings';
import { inEnglish } from '../../support/render-root';

// Issue 13, item 7: Firefox's match patterns take no port, so allowing https://host:8443 there
// grants every port of that host. The options page says so, in Firefox only (its build's pattern
// options: keepPort false), before the browser asks and on the added instance's card.

const FIREFOX = { keepPort: false };
const CHROMIUM = { keepPort: true };
const NOTE =
  'Firefox does not tell ports apart: allowing https://gitlab.example.test:8443 lets the extension read every port of gitlab.example.test ' +
  '(https://gitlab.example.test, https://gitlab.example.test:8443 and any other), not only 8443.';

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function typeAddress(value: string) {
  const input = root.querySelector<HTMLInputElement>('#instance-url')!;
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const portNote = () => root.querySelector('[data-note="every-port"]')?.textContent ?? null;

describe('the options page in Firefox, for an address with a port', () => {
  it('says, before the browser asks, that every port of the host is granted', async () => {
    render(inEnglish(<AddInstanceForm addedOrigins={[]} patternOptions={FIREFOX} />), root);
    await typeAddress('https://gitlab.example.test:8443');
    expect(portNote()).toBe(NOTE);
    expect(root.querySelector('[data-note="every-port"]')!.getAttribute('role')).toBe('note');
    await typeAddress('https://gitlab.example.test:8443/gitlab');
    expect(portNote()).toBe(NOTE);
    await typeAddress('https://gitlab.example.test');
    expect(portNote()).toBeNull();
    await typeAddress('https://gitlab.exa');
    expect(portNote()).toBeNull();
  });

  it('says it on the card of an added instance with a port', async () => {
    const instance = { origin: 'https://gitlab.example.test:8443', relativeRoot: '', settings: { ...DEFAULT_SETTINGS }, builtIn: false };
    render(inEnglish(<InstanceCard instance={instance} granted patternOptions={FIREFOX} />), root);
    expect(portNote()).toBe(NOTE);
  });

  it("says it in the popup's Enable on this GitLab too, the same grant", async () => {
    const here = { address: { origin: 'https://gitlab.example.test:8443', relativeRoot: '' }, warning: null };
    const find = async () => here;
    render(inEnglish(<EnableOnThisGitLab find={find} patternOptions={FIREFOX} />), root);
    for (let i = 0; i < 5; i += 1) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(portNote()).toBe(NOTE);
  });

  it('says nothing of the kind in Chromium, whose patterns keep the port', async () => {
    render(inEnglish(<AddInstanceForm addedOrigins={[]} patternOptions={CHROMIUM} />), root);
    await typeAddress('https://gitlab.example.test:8443');
    expect(portNote()).toBeNull();
    render(null, root);
    const instance = { origin: 'https://gitlab.example.test:8443', relativeRoot: '', settings: { ...DEFAULT_SETTINGS }, builtIn: false };
    render(inEnglish(<InstanceCard instance={instance} granted patternOptions={CHROMIUM} />), root);
    expect(portNote()).toBeNull();
  });
});
