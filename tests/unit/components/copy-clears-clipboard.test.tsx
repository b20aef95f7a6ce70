import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLIPBOARD_CLEAR_MS } from '../../../components/clipboard-clear';
import { CopyButton } from '../../../components/CopyButton';
import { eventTrust } from '../../../components/user-action';
import { inEnglish } from '../../support/render-root';

// Issue 13, item 6: the panel's Copy puts a DOCKER_AUTH_CONFIG (a token, base64) in the
// clipboard. Like a password manager, it is cleared 30 s later when the clipboard can only still
// hold it: the page kept its focus and nothing else was copied in it. Said next to Copy; the
// GitLab's setting turns it off. Fake timers and a fake clipboard; a person's click stands in
// (happy-dom's clicks are synthetic, which the button ignores).

const JSON_VALUE = '{"auths":{"registry.example.com":{"auth":"YWxpY2U6Z2xwYXQtYWJj"}}}';

let root: HTMLElement;
let clipboard: { text: string; writeText: ReturnType<typeof vi.fn> };

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(eventTrust, 'isUserAction').mockReturnValue(true);
  vi.spyOn(document, 'hasFocus').mockReturnValue(true);
  clipboard = {
    text: 'something the person had copied',
    writeText: vi.fn(async (text: string) => {
      clipboard.text = text;
    }),
  };
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** Lets the clock run (timers and the promises they start), inside act() so Preact renders. */
const elapse = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
const status = () => root.querySelector('[role="status"]')!.textContent;

async function copyWith(clearAfterCopy: (() => Promise<boolean>) | undefined) {
  await act(() => render(inEnglish(<CopyButton text={JSON_VALUE} clearAfterCopy={clearAfterCopy} />), root));
  await act(() => root.querySelector('button')!.click());
  await elapse(0);
}

describe('Copy clears the clipboard after 30 s', () => {
  it('clears it when the page kept its focus and nothing else was copied, and says so beside Copy', async () => {
    await copyWith(async () => true);
    expect(clipboard.text).toBe(JSON_VALUE);
    expect(status()).toBe('Copied. Cleared from the clipboard in 30 s, if you stay on this page and copy nothing else.');
    await elapse(CLIPBOARD_CLEAR_MS - 1);
    expect(clipboard.text).toBe(JSON_VALUE);
    await elapse(1);
    expect(clipboard.text).toBe('');
    expect(status()).toBe('Cleared from the clipboard.');
  });

  it('still clears it when the panel was closed in the meantime', async () => {
    await copyWith(async () => true);
    render(null, root);
    await elapse(CLIPBOARD_CLEAR_MS);
    expect(clipboard.text).toBe('');
  });

  it('leaves the clipboard alone when the person left the page: it may hold something else now', async () => {
    await copyWith(async () => true);
    window.dispatchEvent(new Event('blur'));
    await elapse(CLIPBOARD_CLEAR_MS);
    expect(clipboard.writeText).toHaveBeenCalledTimes(1);
    expect(status()).toBe('Not cleared from the clipboard: you left this page, so it may hold something else now.');
  });

  it('leaves the clipboard alone when the page has no focus at that moment', async () => {
    await copyWith(async () => true);
    vi.mocked(document.hasFocus).mockReturnValue(false);
    await elapse(CLIPBOARD_CLEAR_MS);
    expect(clipboard.writeText).toHaveBeenCalledTimes(1);
    expect(status()).toMatch(/^Not cleared/);
  });

  it('leaves the clipboard alone when something else was copied or cut in the page since', async () => {
    for (const event of ['copy', 'cut']) {
      clipboard.writeText.mockClear();
      await copyWith(async () => true);
      document.body.dispatchEvent(new Event(event, { bubbles: true }));
      await elapse(CLIPBOARD_CLEAR_MS);
      expect(clipboard.writeText, event).toHaveBeenCalledTimes(1);
      expect(status()).toBe('Not cleared from the clipboard: you copied something else since.');
      render(null, root);
    }
  });

  it('a newer Copy starts the 30 s again', async () => {
    await copyWith(async () => true);
    await elapse(20_000);
    await act(() => root.querySelector('button')!.click());
    await elapse(20_000);
    expect(clipboard.text).toBe(JSON_VALUE);
    await elapse(10_000);
    expect(clipboard.text).toBe('');
  });

  it('does nothing more when the setting is off, and says only that it copied', async () => {
    await copyWith(async () => false);
    expect(status()).toBe('Copied to the clipboard.');
    await elapse(CLIPBOARD_CLEAR_MS * 2);
    expect(clipboard.text).toBe(JSON_VALUE);
    expect(clipboard.writeText).toHaveBeenCalledTimes(1);
  });

  it('without a setting to ask (the popup), copies only', async () => {
    await copyWith(undefined);
    await elapse(CLIPBOARD_CLEAR_MS);
    expect(clipboard.text).toBe(JSON_VALUE);
  });
});
