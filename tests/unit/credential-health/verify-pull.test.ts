import { describe, expect, it } from 'vitest';
import { grantsPull } from '../../../utils/background/verify';

const jwt = (claims: unknown) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

describe("whether GitLab's registry token grants pull on the project", () => {
  it('reads the access claim', () => {
    const granted = { token: jwt({ access: [{ type: 'repository', name: 'acme/backend', actions: ['pull'] }] }) };
    const empty = { token: jwt({ access: [{ type: 'repository', name: 'acme/backend', actions: [] }] }) };
    expect(grantsPull(granted, 'acme/backend')).toBe(true);
    expect(grantsPull(empty, 'acme/backend')).toBe(false);
    expect(grantsPull(granted, 'acme/other')).toBe(false);
  });
  it('null when the answer is not a token it can read', () => {
    expect(grantsPull({ token: 'not-a-jwt' }, 'acme/backend')).toBeNull();
    expect(grantsPull({ token: 'a.!!!.c' }, 'acme/backend')).toBeNull();
    expect(grantsPull(null, 'acme/backend')).toBeNull();
  });
});
