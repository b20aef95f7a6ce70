import { describe, expect, it } from 'vitest';
import { buildDockerAuthConfig } from '../../../utils/docker-auth-config';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('buildDockerAuthConfig', () => {
  it('writes compact JSON with the normalised key', () => {
    const outcome = buildDockerAuthConfig([
      { registry: 'https://Registry.Example.com:5050/', username: 'alice', secret: 'glpat-123' },
    ]);
    expect(outcome.json).toBe(`{"auths":{"registry.example.com:5050":{"auth":"${b64('alice:glpat-123')}"}}}`);
    expect(outcome.outcomes[0]!.notes.registry.join(' ')).toMatch(/Removed "https:\/\/"/);
  });

  it('keeps the order the registries were given in', () => {
    const outcome = buildDockerAuthConfig([
      { registry: 'zeta.example.com', username: 'u', secret: 's1' },
      { registry: 'alpha.example.com', username: 'u', secret: 's2' },
      { registry: 'docker.io', username: 'u', secret: 's3' },
    ]);
    expect(outcome.ok).toBe(true);
    expect(Object.keys(JSON.parse(outcome.json!).auths)).toEqual([
      'zeta.example.com',
      'alpha.example.com',
      'https://index.docker.io/v1/',
    ]);
  });

  it('writes a registry given twice with the same credentials once', () => {
    const outcome = buildDockerAuthConfig([
      { registry: 'registry.example.com', username: 'u', secret: 's' },
      { registry: 'https://REGISTRY.example.com/', username: 'u', secret: 's' },
    ]);
    expect(outcome.json).toBe(`{"auths":{"registry.example.com":{"auth":"${b64('u:s')}"}}}`);
    expect(outcome.outcomes[1]!.notes.registry).toContain('Same registry and credentials as entry 1: written once.');
  });

  it('refuses a registry given twice with different credentials, on the later entry', () => {
    const outcome = buildDockerAuthConfig([
      { registry: 'registry.example.com', username: 'u', secret: 'one' },
      { registry: 'registry.example.com/', username: 'u', secret: 'two' },
    ]);
    expect(outcome.ok).toBe(false);
    expect(outcome.json).toBeNull();
    expect(outcome.outcomes[0]!.errors).toEqual({});
    expect(outcome.outcomes[1]!.errors.registry).toMatch(/already entry 1 with other credentials/);
  });

  it('reports every field at fault, per entry', () => {
    const outcome = buildDockerAuthConfig([{ registry: 'bad host', username: 'a:b', secret: 'x y' }]);
    expect(outcome.ok).toBe(false);
    expect(Object.keys(outcome.outcomes[0]!.errors).sort()).toEqual(['registry', 'secret', 'username']);
  });

  it('names only the field at fault: an entry with a bad username is not also called a duplicate registry', () => {
    const outcome = buildDockerAuthConfig([
      { registry: 'registry.example.com', username: 'u', secret: 'one' },
      { registry: 'registry.example.com', username: 'a:b', secret: 'two' },
      { registry: 'registry.example.com', username: 'u', secret: '' },
    ]);
    expect(outcome.ok).toBe(false);
    expect(Object.keys(outcome.outcomes[1]!.errors)).toEqual(['username']);
    expect(Object.keys(outcome.outcomes[2]!.errors)).toEqual(['secret']);
    expect(outcome.outcomes.map((entry) => entry.entry?.key ?? null)).toEqual(['registry.example.com', null, null]);
  });

  it('a field with an error carries no notes beside it', () => {
    const outcome = buildDockerAuthConfig([{ registry: 'bad host', username: 'a:b', secret: '' }]);
    expect(outcome.outcomes[0]!.notes).toEqual({ registry: [], username: [], secret: [] });
  });

  it('builds nothing from no entries', () => {
    expect(buildDockerAuthConfig([]).ok).toBe(false);
  });
});
