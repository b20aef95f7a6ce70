import { describe, expect, it } from 'vitest';
import { describeDockerAuthConfig, inspectDockerAuthConfig, maskSecret } from '../../../utils/docker-auth-config';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const messages = (text: string) => inspectDockerAuthConfig(text).problems.map((p) => `${p.severity}: ${p.message}`);

describe('inspectDockerAuthConfig', () => {
  it('accepts a good value and describes it without the secret', () => {
    const text = `{"auths":{"registry.gitlab.com":{"auth":"${b64('alice:glpat-abcdefghij7f3a')}"}}}`;
    const inspection = inspectDockerAuthConfig(text);
    expect(inspection.ok).toBe(true);
    expect(inspection.maskable).toBe(true);
    expect(inspection.problems).toEqual([]);
    expect(describeDockerAuthConfig(text)).toEqual([
      { registry: 'registry.gitlab.com', username: 'alice', secret: 'glpa…7f3a' },
    ]);
    expect(JSON.stringify(inspection.entries)).not.toContain('abcdefghij');
  });

  it.each([
    ['', /error: The value is empty/],
    // A field left with spaces or a line break in it is as empty to the person as a blank one.
    [' \n ', /error: The value is empty/],
    ['{"auths":', /error: Not valid JSON .*ignores the whole variable/],
    ['[1]', /error: The value must be a JSON object/],
    ['null', /error: The value must be a JSON object/],
    ['{"auths":[]}', /error: "auths" must be an object/],
    ['{"auths":"x"}', /error: "auths" must be an object/],
    ['{}', /error: There is no "auths" object/],
    ['{"auths":{}}', /warning: "auths" is empty/],
  ])('says what is wrong with %j', (text, message) => {
    expect(messages(text).join('\n')).toMatch(message);
  });

  it('reports each bad entry with its registry key', () => {
    const text = JSON.stringify({
      auths: {
        'a.example.com': { auth: 'not-base64!' },
        'b.example.com': { auth: b64('no-colon') },
        'c.example.com': { auth: b64(':secret') },
        'd.example.com': { auth: '' },
        'e.example.com': {},
        'f.example.com': 'x',
        'g.example.com': { auth: b64('fine:secret') },
      },
    });
    const inspection = inspectDockerAuthConfig(text);
    expect(inspection.ok).toBe(false);
    expect(messages(text)).toEqual([
      expect.stringMatching(/^error: a\.example\.com: "auth" is not valid base64/),
      expect.stringMatching(/^error: b\.example\.com: "auth" decodes to text without ":"/),
      expect.stringMatching(/^error: c\.example\.com: "auth" has an empty username/),
      expect.stringMatching(/^error: d\.example\.com: "auth" must be a non-empty string/),
      expect.stringMatching(/^error: e\.example\.com: has no "auth"/),
      expect.stringMatching(/^error: f\.example\.com: the entry must be an object/),
    ]);
    expect(inspection.entries.map((e) => e.username)).toEqual([null, null, '', null, null, null, 'fine']);
  });

  it('refuses an "auth" without its "=" padding, as the runner does', () => {
    // "dTpzMQ==" is u:s1; the runner's decoder (Go's StdEncoding) needs the padding.
    const unpadded = '{"auths":{"r.example.com":{"auth":"dTpzMQ"}}}';
    const inspection = inspectDockerAuthConfig(unpadded);
    expect(inspection.ok).toBe(false);
    expect(messages(unpadded)).toEqual([
      'error: r.example.com: "auth" is not valid base64; the runner then ignores the whole variable, with no error in the job log. Regenerate this entry.',
    ]);
    expect(inspection.entries[0]).toMatchObject({ username: null, secret: null });
    const padded = '{"auths":{"r.example.com":{"auth":"dTpzMQ=="}}}';
    expect(inspectDockerAuthConfig(padded)).toMatchObject({ ok: true, problems: [] });
    expect(describeDockerAuthConfig(padded)).toEqual([{ registry: 'r.example.com', username: 'u', secret: '…' }]);
  });

  it('says a key that is not a registry is an error (the runner cannot use that entry)', () => {
    const text = JSON.stringify({ auths: { 'ftp://r.example.com': { auth: b64('u:s') }, 'user@r.example.com': { auth: b64('u:s') } } });
    const inspection = inspectDockerAuthConfig(text);
    expect(inspection.ok).toBe(false);
    expect(messages(text)).toEqual([
      'error: ftp://r.example.com: the key is not a registry. "ftp://" is not a registry address. Enter host[:port], for example registry.gitlab.com or registry.example.com:5050.',
      'error: user@r.example.com: the key is not a registry. Remove the "name@" part from the registry: the username goes in the Username field.',
    ]);
  });

  it("does not flag Docker Hub's key in Docker's own spellings", () => {
    const text = JSON.stringify({ auths: { 'docker.io': { auth: b64('u:s') } } });
    expect(inspectDockerAuthConfig(text)).toMatchObject({ ok: true, problems: [] });
  });

  it('says an entry with only a username, only a password or a non-string "auth" gives the runner nothing', () => {
    const text = JSON.stringify({
      auths: {
        'a.example.com': { username: 'bob' },
        'b.example.com': { password: 'hunter2hunter2' },
        'c.example.com': { username: 'bob', password: 42 },
        'd.example.com': { auth: 42 },
        'e.example.com': { auth: { user: 'bob' } },
        'f.example.com': null,
      },
    });
    const inspection = inspectDockerAuthConfig(text);
    expect(inspection.ok).toBe(false);
    const ignored = 'the runner then ignores the whole variable, with no error in the job log.';
    expect(messages(text)).toEqual([
      `error: a.example.com: has no "auth"; ${ignored}`,
      `error: b.example.com: has no "auth"; ${ignored}`,
      `error: c.example.com: has no "auth"; ${ignored}`,
      `error: d.example.com: "auth" must be a non-empty string; ${ignored}`,
      `error: e.example.com: "auth" must be a non-empty string; ${ignored}`,
      `error: f.example.com: the entry must be an object like {"auth":"…"}; ${ignored}`,
    ]);
    expect(inspection.entries.map(({ username, secret }) => [username, secret])).toEqual(Array(6).fill([null, null]));
  });

  it('flags credsStore and credHelpers', () => {
    const text = JSON.stringify({ auths: {}, credsStore: 'desktop', credHelpers: { 'x.example.com': 'ecr-login' } });
    const found = messages(text).join('\n');
    expect(found).toMatch(/error: "credsStore" runs a credential helper/);
    expect(found).toMatch(/error: "credHelpers" runs a credential helper/);
  });

  it('flags keys with a scheme, a path or upper case, and names the key to use', () => {
    const text = JSON.stringify({
      auths: {
        'https://registry.example.com': { auth: b64('u:s') },
        'other.example.com/group/project': { auth: b64('u:s') },
        'Third.Example.com': { auth: b64('u:s') },
        'https://index.docker.io/v1/': { auth: b64('u:s') },
      },
    });
    expect(messages(text)).toEqual([
      'warning: https://registry.example.com: the key has a scheme or path; older runners match host[:port] only. Use "registry.example.com".',
      'warning: other.example.com/group/project: the key has a scheme or path; older runners match host[:port] only. Use "other.example.com".',
      'warning: Third.Example.com: runners compare host names in lower case. Use "third.example.com".',
    ]);
    expect(inspectDockerAuthConfig(text).ok).toBe(true);
  });

  it('flags username/password without auth', () => {
    const text = JSON.stringify({ auths: { 'r.example.com': { username: 'bob', password: 'hunter2hunter2' } } });
    expect(messages(text).join('\n')).toMatch(/warning: r\.example\.com: uses "username"\/"password" without "auth".*Docker CLI 28\.3/);
    expect(describeDockerAuthConfig(text)).toEqual([{ registry: 'r.example.com', username: 'bob', secret: '…ter2' }]);
  });

  it('flags multi-line or spaced JSON as not maskable', () => {
    const pretty = JSON.stringify({ auths: { 'r.example.com': { auth: b64('u:s') } } }, null, 2);
    expect(inspectDockerAuthConfig(pretty).maskable).toBe(false);
    expect(messages(pretty).join('\n')).toMatch(/warning: The value has spaces or line breaks, so GitLab cannot mask it/);
    expect(inspectDockerAuthConfig(`${JSON.stringify({ auths: {} })}\n`).maskable).toBe(false);
    // One space early on is enough, however long the rest.
    expect(inspectDockerAuthConfig(`{"auths": {"r.example.com":{"auth":"${b64('u:s')}"}}}`).maskable).toBe(false);
  });

  it('flags wrapped base64 and two spellings of one registry', () => {
    const wrapped = JSON.stringify({ auths: { 'r.example.com': { auth: `${b64('u:s').slice(0, 4)}\n${b64('u:s').slice(4)}` } } });
    expect(messages(wrapped).join('\n')).toMatch(/warning: r\.example\.com: "auth" contains line breaks/);
    const twice = JSON.stringify({ auths: { 'r.example.com': { auth: b64('u:s') }, 'https://r.example.com': { auth: b64('u:t') } } });
    expect(messages(twice).join('\n')).toMatch(/warning: "r\.example\.com" and "https:\/\/r\.example\.com" are the same registry/);
  });
});

describe('maskSecret', () => {
  it.each([
    ['glpat-abcdefghijkl7f3a', 'glpa…7f3a'],
    ['gldt-abcdefghijkl1234', 'gldt…1234'],
    ['plain-password-1234', '…1234'],
    // Twelve characters and more show the last four; eight to eleven only the last two.
    ['abcdefgh1234', '…1234'],
    ['abcdefgh123', '…23'],
    ['short-pw', '…pw'],
    ['seven77', '…'],
    ['tiny', '…'],
  ])('%s → %s', (secret, masked) => {
    expect(maskSecret(secret)).toBe(masked);
  });

  it('shows the first four characters only of a GitLab token, not of a secret that merely contains "glpat-"', () => {
    expect(maskSecret('my-glpat-lookalike-password-1234')).toBe('…1234');
    expect(maskSecret('xglpat-abcdefghijkl7f3a')).toBe('…7f3a');
  });
});
