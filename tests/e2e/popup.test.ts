import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension';
import { rememberSecret } from '../support/secret-ledger';

// Tokens typed or pasted into the popup: close() checks none of them is at rest (issue 7).
// (The shorter ones, such as glpat-copy, are too short to search for without chance hits.)
rememberSecret('glpat-abcdefghijklmnopqrst', 'token typed into the popup', { username: 'alice' });
rememberSecret('glpat-newnewnewnew1234', 'token typed into the popup', { username: 'bob' });
rememberSecret('glpat-oldoldoldold9876', 'token in a DOCKER_AUTH_CONFIG pasted into Inspect', { username: 'carol' });

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

let browser: ExtensionBrowser;
let popup: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

async function freshPopup(): Promise<Page> {
  await popup?.close();
  popup = await browser.openExtensionPage('popup.html');
  return popup;
}

const result = (page: Page) => page.getByLabel('DOCKER_AUTH_CONFIG', { exact: true });

describe('popup builder (built extension, headless Chromium)', () => {
  it('builds the JSON from what a person types, token pasted with surrounding spaces', async () => {
    const page = await freshPopup();
    await page.getByLabel('Registry', { exact: true }).fill('https://Registry.Example.com:5050/');
    await page.getByLabel('Username', { exact: true }).fill('alice');
    // An <input> drops pasted line breaks itself; surrounding spaces are ours to remove.
    await page.getByLabel('Token', { exact: true }).fill('  glpat-abcdefghijklmnopqrst ');
    await page.getByLabel('Token', { exact: true }).blur();

    await expect.poll(() => result(page).inputValue()).toBe(
      `{"auths":{"registry.example.com:5050":{"auth":"${b64('alice:glpat-abcdefghijklmnopqrst')}"}}}`,
    );
    await expect
      .poll(() => page.locator('[data-field-note="secret"]').innerText(), { message: 'the note next to Token' })
      .toBe('Removed spaces around the token (3 characters).');
    // settled: the token field is rendered masked and stays so until Show is pressed
    expect(await page.getByLabel('Token', { exact: true }).getAttribute('type')).toBe('password');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => page.getByLabel('Token', { exact: true }).getAttribute('type'), { message: 'the token field after Show' }).toBe('text');
  });

  it('adds a second registry and keeps the order', async () => {
    const page = await freshPopup();
    const fill = async (index: number, registry: string, username: string, token: string) => {
      await page.getByLabel('Registry', { exact: true }).nth(index).fill(registry);
      await page.getByLabel('Username', { exact: true }).nth(index).fill(username);
      await page.getByLabel('Token', { exact: true }).nth(index).fill(token);
    };
    await fill(0, 'registry.gitlab.com', 'bot', 'glpat-one');
    await page.getByRole('button', { name: 'Add registry' }).click();
    await fill(1, 'docker.io', 'me', 'dckr_pat_two');
    await expect.poll(() => result(page).inputValue()).toBe(
      `{"auths":{"registry.gitlab.com":{"auth":"${b64('bot:glpat-one')}"},"https://index.docker.io/v1/":{"auth":"${b64('me:dckr_pat_two')}"}}}`,
    );
  });

  it.each([
    ['Registry', 'registry.example.com:99999', '"99999" is not a port. A port is a number from 1 to 65535'],
    ['Registry', 'bad host', 'A registry host cannot contain spaces'],
    ['Username', 'a:b', 'A username cannot contain ":"'],
    ['Token', 'glpat-abc def', 'The token contains a space at character 10'],
  ])('shows the message for a bad %s (%j) next to the field and offers nothing to copy', async (label, value, message) => {
    const page = await freshPopup();
    const values: Record<string, string> = { Registry: 'registry.example.com', Username: 'alice', Token: 'glpat-x' };
    values[label] = value;
    for (const [name, text] of Object.entries(values)) {
      await page.getByLabel(name, { exact: true }).fill(text);
      await page.getByLabel(name, { exact: true }).blur();
    }
    const field = page.getByLabel(label, { exact: true });
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await field.getAttribute('aria-describedby');
    await expect.poll(() => page.locator(`#${describedBy}`).innerText(), { message: `the message next to ${label}` }).toContain(message);
    // settled: the popup has judged the field (aria-invalid, above) in the render that gives the JSON
    expect(await result(page).inputValue()).toBe('');
    // settled: as above, the same render decides whether there is anything to copy
    expect(await page.getByRole('button', { name: 'Copy' }).isDisabled()).toBe(true);
  });

  it('refuses the same registry twice with different credentials', async () => {
    const page = await freshPopup();
    await page.getByLabel('Registry', { exact: true }).fill('registry.example.com');
    await page.getByLabel('Username', { exact: true }).fill('a');
    await page.getByLabel('Token', { exact: true }).fill('one');
    await page.getByRole('button', { name: 'Add registry' }).click();
    await page.getByLabel('Registry', { exact: true }).nth(1).fill('https://registry.example.com/');
    await page.getByLabel('Registry', { exact: true }).nth(1).blur();
    await page.getByLabel('Username', { exact: true }).nth(1).fill('a');
    await page.getByLabel('Token', { exact: true }).nth(1).fill('two');
    await expect.poll(() => page.locator('[data-field-error="registry"]').innerText()).toContain('already entry 1 with other credentials');
    // settled: the duplicate is said (above) in the render that gives the JSON
    expect(await result(page).inputValue()).toBe('');
  });

  it('copies the JSON and confirms it', async () => {
    const page = await freshPopup();
    await page.getByLabel('Registry', { exact: true }).fill('registry.gitlab.com');
    await page.getByLabel('Username', { exact: true }).fill('alice');
    await page.getByLabel('Token', { exact: true }).fill('glpat-copy');
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(1);
    // Paste it where a person would check it: the Inspect view.
    await page.getByRole('tab', { name: 'Inspect' }).click();
    await page.getByLabel('Existing DOCKER_AUTH_CONFIG').focus();
    await page.keyboard.press('Control+V');
    await expect.poll(() => page.getByLabel('Existing DOCKER_AUTH_CONFIG').inputValue(), { message: 'what Control+V pasted' }).toBe(
      `{"auths":{"registry.gitlab.com":{"auth":"${b64('alice:glpat-copy')}"}}}`,
    );
    // The registry host is remembered for next time; the token is not.
    const next = await freshPopup();
    await expect.poll(() => next.getByLabel('Registry', { exact: true }).inputValue()).toBe('registry.gitlab.com');
    // settled: what the popup restores has arrived (the registry, above), and the token field stays empty
    expect(await next.getByLabel('Token', { exact: true }).inputValue()).toBe('');
  });

  it('inspects a pasted value and merges the Build entries into it', async () => {
    const page = await freshPopup();
    await page.getByLabel('Registry', { exact: true }).fill('new.example.com');
    await page.getByLabel('Username', { exact: true }).fill('bob');
    await page.getByLabel('Token', { exact: true }).fill('glpat-newnewnewnew1234');
    await page.getByRole('tab', { name: 'Inspect' }).click();
    const existing = `{"auths":{"old.example.com":{"auth":"${b64('carol:glpat-oldoldoldold9876')}"},"broken.example.com":{"auth":"%%%"}}}`;
    await page.getByLabel('Existing DOCKER_AUTH_CONFIG').fill(existing);
    const inspection = page.getByRole('region', { name: 'Inspection' });
    await expect.poll(() => inspection.innerText()).toContain('The runner would ignore this whole value');
    // The whole inspection is rendered at once: once one finding is there, all are.
    const text = await inspection.innerText();
    expect(text).toContain('old.example.com');
    expect(text).toContain('carol');
    expect(text).toContain('glpa…9876');
    expect(text).not.toContain('glpat-oldoldoldold9876');
    expect(text).toContain('broken.example.com: "auth" is not valid base64');

    await page.getByRole('button', { name: 'Merge the Build entries into it' }).click();
    const merged = page.getByLabel('Merged DOCKER_AUTH_CONFIG');
    await expect.poll(() => merged.inputValue()).toBe(
      `{"auths":{"old.example.com":{"auth":"${b64('carol:glpat-oldoldoldold9876')}"},"broken.example.com":{"auth":"%%%"},"new.example.com":{"auth":"${b64('bob:glpat-newnewnewnew1234')}"}}}`,
    );
    await expect.poll(() => page.getByRole('region', { name: 'Merge result' }).innerText(), { message: 'the merge result' }).toContain('Added: new.example.com.');
    // The broken entry is kept as it was, and the merge says what that means (issue 14, item 6).
    await expect
      .poll(() => page.getByRole('region', { name: 'Merge result' }).getByRole('status').first().innerText(), { message: 'the merge summary' })
      .toContain('the runner would ignore this whole value');
  });
});
