// Requests go to the GitLab they concern and nowhere else, whatever address they are handed
// (README, "Nothing at rest, nothing sent elsewhere"): the checks made once a URL is built, and
// what the person is told when GitLab itself points elsewhere.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeApiFailure, gitLabApi } from '../../../utils/background/gitlab-api';
import { verifyRegistryCredentials } from '../../../utils/background/verify';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A fetch that records every address asked for and answers `answer`. */
function recordingFetch(answer: () => Response = () => new Response('{}', { headers: { 'content-type': 'application/json' } })) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: URL | string) => {
    asked.push(String(url));
    return answer();
  });
  return asked;
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe('GitLab API requests', () => {
  const api = gitLabApi({ origin: 'https://git.example.test', relativeRoot: '/gitlab' });

  it.each(['https://collector.example.net/api', '//collector.example.net/api', '../../admin', '/other-app/api'])(
    'an endpoint %s, which would leave this GitLab or its relative root, is refused without a request',
    async (endpoint) => {
      const asked = recordingFetch();
      const failure = await failureOf(api.users.requester.get(endpoint));
      expect(asked).toEqual([]);
      expect(describeApiFailure(failure, 'the GitLab version')).toBe(
        'Could not reach GitLab to read the GitLab version. Check your connection and reload the page.',
      );
    },
  );

  it('a redirect to another address of the same GitLab is named as such, and not followed', async () => {
    const asked = recordingFetch(() => new Response(null, { status: 302, headers: { location: '/gitlab/users/sign_in' } }));
    const failure = await failureOf(api.version());
    expect(asked).toEqual(['https://git.example.test/gitlab/api/v4/version']);
    expect(describeApiFailure(failure, 'the GitLab version')).toBe(
      'Could not read the GitLab version: git.example.test answered with a redirect to another address on git.example.test. ' +
        'The extension does not follow redirects, so nothing was sent there. ' +
        'Check that this GitLab is used at the address it is served at (https, host and relative URL root).',
    );
  });

  it('a failure that is not an HTTP answer is said with its own words', () => {
    expect(describeApiFailure(new Error('Unexpected token < in JSON'), "this project's registry")).toBe(
      "Could not read this project's registry: Unexpected token < in JSON.",
    );
    expect(describeApiFailure('stopped', 'DOCKER_AUTH_CONFIG in this project', 'save')).toBe(
      'Could not save DOCKER_AUTH_CONFIG in this project: stopped.',
    );
  });
});

describe('Verify', () => {
  it('sends the credentials nowhere when the GitLab address names another host than its origin', async () => {
    const asked = recordingFetch();
    // "https://gitlab.com@collector.example.net" is the host collector.example.net with a user name.
    const result = await verifyRegistryCredentials(
      { origin: 'https://gitlab.com@collector.example.net', relativeRoot: '' },
      'alice',
      'glpat-secret-secret',
      null,
    );
    expect(asked).toEqual([]);
    expect(result).toEqual({ verdict: 'unknown', message: 'Refused: the address to verify at is not this GitLab.', pull: null });
  });
});
