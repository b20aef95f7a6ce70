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

describe('the registry token GitLab answers at /jwt/auth', () => {
  // The claims GitLab's registry token carries (docs/gitlab-compatibility.md, "Registry check"):
  // JWTs encode them in base64url without padding, so most payloads' length is not a multiple of 4.
  const gitLabClaims = (access: unknown[]) => ({
    jti: '0b8c1c0e-5b6a-4f43-9d0e-3a1f2c7d9e11',
    aud: 'container_registry',
    iss: 'gitlab-issuer',
    iat: 1764320000,
    nbf: 1764319995,
    exp: 1764320300,
    access,
  });

  it('is read when its payload is unpadded', () => {
    const token = jwt(gitLabClaims([{ type: 'repository', name: 'acme/backend-api', actions: ['pull'], meta: { project_path: 'acme/backend-api', project_id: 42, root_namespace_id: 7 } }]));
    expect(token.split('.')[1]!.length % 4).not.toBe(0);
    expect(grantsPull({ token }, 'acme/backend-api')).toBe(true);
  });

  it('grants no pull when GitLab granted no access at all (an empty access claim)', () => {
    expect(grantsPull({ token: jwt(gitLabClaims([])) }, 'acme/backend-api')).toBe(false);
  });
});
