import { describe, expect, it } from 'vitest';
import { buildDockerAuthConfig, mergeIntoDockerAuthConfig, type AuthEntry } from '../../../utils/docker-auth-config';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
function entries(...inputs: Array<[string, string, string]>): AuthEntry[] {
  const outcome = buildDockerAuthConfig(inputs.map(([registry, username, secret]) => ({ registry, username, secret })));
  if (!outcome.ok) throw new Error('bad fixture');
  return outcome.entries;
}

describe('mergeIntoDockerAuthConfig', () => {
  const existing = `{"auths":{"one.example.com":{"auth":"${b64('a:1')}","email":"x@example.com"},"two.example.com":{"auth":"${b64('b:2')}"}}}`;

  it('adds a new registry and keeps the others byte for byte', () => {
    const outcome = mergeIntoDockerAuthConfig(existing, entries(['three.example.com:5050', 'c', '3']));
    expect(outcome).toMatchObject({ ok: true, added: ['three.example.com:5050'], replaced: [], unchanged: [] });
    expect(outcome.ok && outcome.json).toBe(`${existing.slice(0, -2)},"three.example.com:5050":{"auth":"${b64('c:3')}"}}}`);
  });

  it('replaces the same registry in place and reports it', () => {
    const outcome = mergeIntoDockerAuthConfig(existing, entries(['one.example.com', 'a', 'new']));
    expect(outcome).toMatchObject({ ok: true, added: [], replaced: ['one.example.com'] });
    expect(outcome.ok && outcome.json).toBe(
      `{"auths":{"one.example.com":{"auth":"${b64('a:new')}"},"two.example.com":{"auth":"${b64('b:2')}"}}}`,
    );
  });

  it('treats another spelling of the same registry as the same registry', () => {
    const old = `{"auths":{"https://One.Example.com/":{"auth":"${b64('a:1')}"}}}`;
    const outcome = mergeIntoDockerAuthConfig(old, entries(['one.example.com', 'a', '2']));
    expect(outcome).toMatchObject({ ok: true, replaced: ['https://One.Example.com/ → one.example.com'] });
  });

  it('rewrites the key of the same registry to the key the runner matches, also when the credentials are the same', () => {
    const old = `{"auths":{"https://One.Example.com/":{"auth":"${b64('a:1')}"}}}`;
    const outcome = mergeIntoDockerAuthConfig(old, entries(['one.example.com', 'a', '1']));
    expect(outcome).toMatchObject({ ok: true, replaced: ['https://One.Example.com/ → one.example.com'], unchanged: [] });
    expect(outcome.ok && outcome.json).toBe(`{"auths":{"one.example.com":{"auth":"${b64('a:1')}"}}}`);
  });

  it('reports identical entries as unchanged and gives the existing value back byte for byte', () => {
    const outcome = mergeIntoDockerAuthConfig(existing, entries(['two.example.com', 'b', '2']));
    expect(outcome).toEqual({ ok: true, json: existing, added: [], replaced: [], unchanged: ['two.example.com'], problems: [] });
  });

  it('keeps other top-level members and compacts a pretty-printed value', () => {
    const pretty = JSON.stringify({ HttpHeaders: { 'User-Agent': 'x' }, auths: { 'r.example.com': { auth: b64('u:s') } } }, null, 2);
    const outcome = mergeIntoDockerAuthConfig(pretty, entries(['s.example.com', 'v', 't']));
    expect(outcome.ok && outcome.json).toBe(
      `{"HttpHeaders":{"User-Agent":"x"},"auths":{"r.example.com":{"auth":"${b64('u:s')}"},"s.example.com":{"auth":"${b64('v:t')}"}}}`,
    );
  });

  it('adds "auths" when the value has none', () => {
    const outcome = mergeIntoDockerAuthConfig('{}', entries(['r.example.com', 'u', 's']));
    expect(outcome.ok && outcome.json).toBe(`{"auths":{"r.example.com":{"auth":"${b64('u:s')}"}}}`);
  });

  it('passes on problems of the other entries', () => {
    const broken = `{"auths":{"old.example.com":{"auth":"%%%"}}}`;
    const outcome = mergeIntoDockerAuthConfig(broken, entries(['r.example.com', 'u', 's']));
    expect(outcome.ok && outcome.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^old\.example\.com: "auth" is not valid base64/),
    ]);
  });

  it.each([
    ['', /no existing value/],
    ['  \n', /no existing value/],
    ['{"auths":', /cannot be merged: Not valid JSON.*replace it instead/],
    ['"text"', /cannot be merged: The value must be a JSON object/],
  ])('refuses to merge into %j', (text, message) => {
    const outcome = mergeIntoDockerAuthConfig(text, entries(['r.example.com', 'u', 's']));
    expect(!outcome.ok && outcome.error).toMatch(message);
  });
});
