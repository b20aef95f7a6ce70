// An answer the protocol does not promise is the extension's own fault (a handler that changed
// without its schema). The page must still hear back, as "the extension failed", instead of
// waiting for an answer that never comes.
import { beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { listenForContentScripts } from '../../../utils/background/router';

vi.mock('../../../utils/background/page-context', () => ({ pageContext: () => ({ page: 'not a page' }) }));

beforeEach(() => {
  fakeBrowser.reset();
});

it('answers a failure when its own answer is outside the protocol', async () => {
  const addListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  listenForContentScripts();
  const listener = addListener.mock.calls[0]![0] as unknown as (message: unknown, sender: { url?: string }, sendResponse: (answer: unknown) => void) => unknown;
  const answers: unknown[] = [];
  const request = { type: 'page-context', origin: 'https://gitlab.com', feature: 'variables', body: {}, lang: 'en' };
  expect(listener(request, { url: 'https://gitlab.com/acme/backend/-/settings/ci_cd' }, (answer) => answers.push(answer))).toBe(true);
  // The panel's side (utils/messaging/send.ts) turns `{ ok: false }` without a sentence into "The extension failed".
  await vi.waitFor(() => expect(answers).toEqual([{ ok: false }]));
});
