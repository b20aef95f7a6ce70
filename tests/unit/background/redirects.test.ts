import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeApiFailure, gitLabApi } from '../../../utils/background/gitlab-api';
import { verifyRegistryCredentials } from '../../../utils/background/verify';

// Issue 13, item 3: a 307/308 would resend the method, the body (the JSON) and X-CSRF-Token or the
// Basic credentials to wherever it points. The background asks the browser not to follow
// redirects and says a redirect as a failure. The fetch here is a fake that answers as the
// browser does: with redirect 'manual' an opaque redirect (status 0, no headers); a fetch told to
// follow would have gone on to the other host, which this fake records as `followed`.

const LOCATION = { origin: 'https://gitlab.example.test', relativeRoot: '' };
const ELSEWHERE = 'https://collector.example.net/jwt/auth';

interface Call {
  url: string;
  init: RequestInit;
}

function answerWithRedirect(visibleLocation: boolean) {
  const calls: Call[] = [];
  const followed: Call[] = [];
  vi.stubGlobal('fetch', async (url: URL | string, init: RequestInit = {}) => {
    calls.push({ url: String(url), init });
    if (init.redirect === 'manual' || init.redirect === 'error') {
      if (init.redirect === 'error') throw new TypeError('Failed to fetch');
      // What a browser gives for 'manual'; a Location only where a test says it is visible.
      return {
        type: 'opaqueredirect',
        status: visibleLocation ? 307 : 0,
        ok: false,
        statusText: '',
        headers: new Headers(visibleLocation ? { location: ELSEWHERE } : {}),
        text: async () => '',
        json: async () => null,
      } as unknown as Response;
    }
    // 'follow' (the default): the browser resends everything to the other host.
    followed.push({ url: ELSEWHERE, init });
    return new Response('{"token":"x"}', { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return { calls, followed };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Verify does not follow a redirect', () => {
  it('sends nothing elsewhere and says that GitLab redirected, where the browser hides the address', async () => {
    const { calls, followed } = answerWithRedirect(false);
    const result = await verifyRegistryCredentials(LOCATION, 'alice', 'glpat-secret-secret', 'acme/backend');
    expect(followed).toEqual([]);
    expect(calls.map((call) => call.init.redirect)).toEqual(['manual']);
    expect(result.verdict).toBe('unknown');
    expect(result.message).toBe(
      'Could not verify: gitlab.example.test answered with a redirect to an address the browser does not reveal. ' +
        'The extension does not follow redirects, so nothing was sent there. ' +
        'Check that this GitLab is used at the address it is served at (https, host and relative URL root).',
    );
  });

  it('names the host it pointed to when the answer shows it', async () => {
    answerWithRedirect(true);
    const result = await verifyRegistryCredentials(LOCATION, 'alice', 'glpat-secret-secret', null);
    expect(result.verdict).toBe('unknown');
    expect(result.message).toContain('answered with a redirect to collector.example.net.');
  });
});

describe('GitLab API calls do not follow a redirect', () => {
  it('a write answered with a redirect sends neither the body nor X-CSRF-Token elsewhere, and fails saying so', async () => {
    const { calls, followed } = answerWithRedirect(false);
    const api = gitLabApi(LOCATION, 'csrf-token-of-the-page');
    const saving = api.projectVariables.create('acme/backend', 'DOCKER_AUTH_CONFIG', '{"auths":{}}', { variableType: 'file' });
    const failure = await saving.then(
      () => null,
      (error: unknown) => error,
    );
    expect(followed).toEqual([]);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.init.redirect).toBe('manual');
    expect(calls[0]!.init.method).toBe('POST');
    expect(describeApiFailure(failure, 'DOCKER_AUTH_CONFIG in this project', 'save')).toBe(
      'Could not save DOCKER_AUTH_CONFIG in this project: gitlab.example.test answered with a redirect to an address the browser does not reveal. ' +
        'The extension does not follow redirects, so nothing was sent there. ' +
        'Check that this GitLab is used at the address it is served at (https, host and relative URL root).',
    );
  });

  it('a read answered with a visible redirect names the host', async () => {
    answerWithRedirect(true);
    const failure = await gitLabApi(LOCATION).version().then(
      () => null,
      (error: unknown) => error,
    );
    expect(describeApiFailure(failure, 'the GitLab version')).toContain('answered with a redirect to collector.example.net.');
  });
});
