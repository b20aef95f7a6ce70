// How the background's message listener keeps its side of the browser's runtime.onMessage
// contract: a listener that answers later must say so by returning true, or the browser closes
// the channel and the page's panel hears nothing ("The extension did not answer"). Whatever
// arrives, the page gets an answer: nothing may throw in the listener.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { listenForContentScripts } from '../../../utils/background/router';

type Listener = (message: unknown, sender: { url?: string }, sendResponse: (answer: unknown) => void) => unknown;

/** The listener the background registers, as the browser calls it. */
function registeredListener(): Listener {
  const addListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  listenForContentScripts();
  return addListener.mock.calls[0]![0] as unknown as Listener;
}

const CI_PAGE = 'https://gitlab.com/acme/backend/-/settings/ci_cd';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the background answers every message a page sends', () => {
  it('answers a message that is not even an object (null) that it does not understand', () => {
    const listener = registeredListener();
    const answers: unknown[] = [];
    listener(null, { url: CI_PAGE }, (answer) => answers.push(answer));
    expect(answers).toEqual([{ ok: false, error: 'The extension received a message it does not understand.' }]);
  });

  it('keeps the channel open for an answer that comes later, and then gives it', async () => {
    const listener = registeredListener();
    const answers: unknown[] = [];
    const keptOpen = listener({ type: 'page-settings', origin: 'https://gitlab.com' }, { url: CI_PAGE }, (answer) => answers.push(answer));
    expect(keptOpen).toBe(true);
    await vi.waitFor(() => expect(answers).toEqual([{ ok: true, response: expect.objectContaining({ relativeRoot: '' }) }]));
  });

  it('says it in the language the request names (the GitLab page\'s)', () => {
    const listener = registeredListener();
    const answers: unknown[] = [];
    const build = { type: 'build-config', locale: 'de', location: { origin: 'https://gitlab.example.test', relativeRoot: '' }, registry: 'registry.example.com', username: 'alice', secret: 'glpat-abcdefghijklmnop' };
    listener(build, { url: CI_PAGE }, (answer) => answers.push(answer));
    expect(answers).toEqual([{ ok: false, error: 'Abgelehnt: Die Anfrage nennt ein anderes GitLab als die Seite, von der sie kommt.' }]);
  });

  it('says it in English when the request leaves its language undefined (Firefox passes such a key on)', async () => {
    const listener = registeredListener();
    const answers: unknown[] = [];
    const build = { type: 'build-config', locale: undefined, location: { origin: 'https://gitlab.com', relativeRoot: '' }, registry: 'registry.example.com', username: '', secret: 'glpat-abcdefghijklmnop' };
    listener(build, { url: CI_PAGE }, (answer) => answers.push(answer));
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    expect(answers).toEqual([
      {
        ok: true,
        response: {
          json: null,
          key: null,
          errors: {
            username:
              'Enter a username. Any non-blank name works for personal, project and group access tokens; a deploy token needs its own username (gitlab+deploy-token-…).',
          },
        },
      },
    ]);
  });
});
