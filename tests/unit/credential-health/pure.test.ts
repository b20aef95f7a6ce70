import { describe, expect, it } from 'vitest';
import { clueOf, describeExpiry, describeToken, loadHint, parseDescription } from '../../../utils/credential-health';

const NOW = new Date('2026-11-27T15:00:00Z');

describe('the description names the token and its expiry, and is read back tolerantly', () => {
  it('writes name, kind and expiry, and reads them back', () => {
    const text = describeToken({ name: 'registry-read-token', kind: 'project', expiresAt: '2027-03-01' });
    expect(text).toBe('registry-read-token (project access token), expires 2027-03-01');
    expect(parseDescription(text)).toEqual({ name: 'registry-read-token', kind: 'project', expiresAt: '2027-03-01' });
  });

  it('no expiry: no expiry clause', () => {
    expect(describeToken({ name: 'pull', kind: 'deploy', expiresAt: null })).toBe('pull (deploy token)');
  });

  it('a long name is cut to fit GitLab\'s 255 characters; the expiry is kept', () => {
    const text = describeToken({ name: 'x'.repeat(400), kind: 'group', expiresAt: '2027-03-01' });
    expect(text.length).toBe(255);
    expect(parseDescription(text).expiresAt).toBe('2027-03-01');
  });

  it.each([
    [null, { name: null, kind: null, expiresAt: null }],
    ['Registry credentials for registry.gitlab.com', { name: null, kind: null, expiresAt: null }],
    ['edited by Bob: expires 2027-01-15 (ask ops)', { name: null, kind: null, expiresAt: '2027-01-15' }],
    ['pull (deploy token), expires 2027-02-30', { name: 'pull', kind: 'deploy', expiresAt: null }],
  ])('%s', (description, expected) => {
    expect(parseDescription(description)).toEqual(expected);
  });
});

describe('expiry as a person reads it (UTC days)', () => {
  it.each([
    [{ expiresAt: '2027-03-01' }, 'valid', 'expires 2027-03-01, in 94 days'],
    [{ expiresAt: '2026-12-07' }, 'expiring', 'expires 2026-12-07, in 10 days'],
    [{ expiresAt: '2026-11-28' }, 'expiring', 'expires 2026-11-28, tomorrow'],
    [{ expiresAt: '2026-11-27' }, 'expired', 'expired today (2026-11-27)'],
    [{ expiresAt: '2026-11-24T00:00:00.000Z' }, 'expired', 'expired 3 days ago'],
    [{ expiresAt: null }, 'none', 'does not expire'],
    [{ expiresAt: '2027-03-01', revoked: true }, 'revoked', 'revoked'],
    [{ expiresAt: 'soon' }, 'none', 'does not expire'],
  ] as const)('%j', (input, state, text) => {
    expect(describeExpiry(input, NOW, 30)).toMatchObject({ state, text });
  });

  it('the window is the setting: 0 warns only once expired', () => {
    expect(describeExpiry({ expiresAt: '2026-11-28' }, NOW, 0).state).toBe('valid');
  });
});

describe('what a username says of its token', () => {
  it.each([
    ['gitlab+deploy-token-12', 'x', { kind: 'deploy' }],
    ['my-puller', 'gldt-abcdefghijklmnop', { kind: 'deploy' }],
    ['project_42_bot_0123abcd', 'glpat-x', { kind: 'project', resourceId: '42' }],
    ['group_10_bot', 'glpat-x', { kind: 'group', resourceId: '10' }],
    ['project_42_bot1', 'glpat-x', { kind: 'project', resourceId: '42' }],
    ['alice', 'glpat-x', { kind: 'unknown' }],
    ['project_42_botany', 'glpat-x', { kind: 'unknown' }],
  ])('%s', (username, secret, expected) => {
    expect(clueOf(username, secret)).toMatchObject(expected);
  });
});

describe('the hint on page load', () => {
  const value = '{"auths":{"registry.gitlab.com":{"auth":"YTpi"},"ghcr.io":{"auth":"YzpkZA=="}}}';
  it('counts the registries', () => {
    expect(loadHint('DOCKER_AUTH_CONFIG', { hidden: false, value, description: 'Registry credentials for registry.gitlab.com' }, NOW, 30)).toEqual({
      text: 'DOCKER_AUTH_CONFIG: 2 registries',
      warning: false,
    });
  });
  it('warns when the described token expires within the window', () => {
    expect(loadHint('REG', { hidden: false, value, description: 'pull (deploy token), expires 2026-12-07' }, NOW, 30)).toEqual({
      text: 'REG: 2 registries; its token expires 2026-12-07, in 10 days. Open the panel to check and renew.',
      warning: true,
    });
    expect(loadHint('REG', { hidden: false, value, description: 'pull (deploy token), expires 2026-12-07' }, NOW, 5).warning).toBe(false);
  });
  it('says hidden, and warns on a value the runner cannot read', () => {
    expect(loadHint('K', { hidden: true, value: null, description: null }, NOW, 30)).toEqual({ text: 'K: hidden, GitLab does not show it to check', warning: false });
    expect(loadHint('K', { hidden: false, value: '{"auths":[]}', description: null }, NOW, 30)).toEqual({ text: 'K: not readable JSON', warning: true });
  });
});
