import { describe, expect, it } from 'vitest';
import { TOKEN_PAGE_MATCHES } from '../../../utils/features/routes';
import { checkInstanceAddress, type InstanceAddress } from '../../../utils/instances/address';
import { instanceMatches, originPermission } from '../../../utils/instances/patterns';

const address = (raw: string): InstanceAddress => {
  const check = checkInstanceAddress(raw);
  if (!check.ok) throw new Error(check.error);
  return check.value;
};
const CHROMIUM = { keepPort: true };
const FIREFOX = { keepPort: false };

// A match pattern as both browsers define it: scheme://host[:port]/path, path starting with '/'.
const MATCH_PATTERN = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:]+\])(:\d+)?(\/.*)$/;

describe('match patterns for an instance', () => {
  it('serves the token pages below the origin', () => {
    expect(instanceMatches(address('https://gitlab.example.com'), TOKEN_PAGE_MATCHES, CHROMIUM)).toEqual([
      'https://gitlab.example.com/*/-/settings/access_tokens*',
      'https://gitlab.example.com/-/user_settings/personal_access_tokens*',
      'https://gitlab.example.com/-/profile/personal_access_tokens*',
      'https://gitlab.example.com/profile/personal_access_tokens*',
      'https://gitlab.example.com/*/-/settings/repository*',
    ]);
  });

  it('puts the relative root between host and page path', () => {
    expect(instanceMatches(address('https://example.com/gitlab/'), ['/-/user_settings/personal_access_tokens*'], CHROMIUM)).toEqual([
      'https://example.com/gitlab/-/user_settings/personal_access_tokens*',
    ]);
    expect(instanceMatches(address('https://example.com/tools/gitlab'), ['/*/-/settings/ci_cd*'], CHROMIUM)).toEqual([
      'https://example.com/tools/gitlab/*/-/settings/ci_cd*',
    ]);
  });

  it('keeps the port for Chromium (its match patterns take one) and drops it for Firefox (they do not)', () => {
    const withPort = address('https://git.example.com:8443/gitlab');
    expect(instanceMatches(withPort, ['/*/-/settings/access_tokens*'], CHROMIUM)).toEqual([
      'https://git.example.com:8443/gitlab/*/-/settings/access_tokens*',
    ]);
    expect(instanceMatches(withPort, ['/*/-/settings/access_tokens*'], FIREFOX)).toEqual([
      'https://git.example.com/gitlab/*/-/settings/access_tokens*',
    ]);
    expect(originPermission(withPort.origin, CHROMIUM)).toBe('https://git.example.com:8443/*');
    expect(originPermission(withPort.origin, FIREFOX)).toBe('https://git.example.com/*');
  });

  it('asks for the whole origin, http included, never a wildcard host', () => {
    expect(originPermission('https://example.com', CHROMIUM)).toBe('https://example.com/*');
    expect(originPermission('http://gitlab.internal', CHROMIUM)).toBe('http://gitlab.internal/*');
    expect(originPermission('https://[::1]:8443', CHROMIUM)).toBe('https://[::1]:8443/*');
  });

  it('makes well-formed match patterns for every kind of address', () => {
    for (const raw of ['https://a.example', 'http://10.1.2.3:8080/gl', 'https://[::1]:8443/gitlab', 'https://x.example/a/b']) {
      for (const options of [CHROMIUM, FIREFOX]) {
        for (const pattern of instanceMatches(address(raw), TOKEN_PAGE_MATCHES, options)) {
          const parts = MATCH_PATTERN.exec(pattern);
          expect(parts, pattern).not.toBeNull();
          if (!options.keepPort) expect(parts![3], pattern).toBeUndefined();
          // The only wildcards are those of the page paths, never in the host or the root.
          expect(pattern.slice(0, pattern.indexOf('/', 8) + 1)).not.toContain('*');
        }
      }
    }
  });
});
