import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRegistry, type TestRegistry } from '../support/registry';

// Proves the harness itself: a real registry (distribution, htpasswd auth) and a real OCI client
// (skopeo) accept a correct DOCKER_AUTH_CONFIG and refuse wrong ones. Later tests rely on both.

const username = 'deployer';
const secret = 's3cr:et-token'; // contains ':' on purpose: only the first ':' splits user from secret

function authConfig(key: string, user: string, pass: string): string {
  return JSON.stringify({ auths: { [key]: { auth: Buffer.from(`${user}:${pass}`).toString('base64') } } });
}

describe('registry harness', () => {
  let registry: TestRegistry;

  beforeAll(async () => {
    registry = await startRegistry({ users: [{ username, secret }] });
  });

  afterAll(async () => {
    await registry?.stop();
  });

  it('serves on 127.0.0.1 with the repository pushed', () => {
    expect(registry.host).toBe(`127.0.0.1:${registry.port}`);
    expect(registry.repository).toBe('acme/backend/app');
  });

  it('pulls with the right auth keyed by host:port', async () => {
    const json = authConfig(registry.host, username, secret);
    expect(json).toContain(Buffer.from('deployer:s3cr:et-token').toString('base64'));
    const result = await registry.canPull(json);
    // Assert on ok only: a failure message must not print the client output.
    expect(result.ok).toBe(true);
  });

  it('refuses a wrong secret as unauthorized', async () => {
    const result = await registry.canPull(authConfig(registry.host, username, 's3cr:et-tokem'));
    expect(result.ok).toBe(false);
    expect(/unauthorized|authentication required/i.test(result.output)).toBe(true);
  });

  it('refuses an entry keyed by another port', async () => {
    const otherPort = registry.port === 65535 ? 65534 : registry.port + 1;
    const result = await registry.canPull(authConfig(`127.0.0.1:${otherPort}`, username, secret));
    expect(result.ok).toBe(false);
    expect(/unauthorized|authentication required/i.test(result.output)).toBe(true);
  });

  it('refuses an entry without the port', async () => {
    const result = await registry.canPull(authConfig('127.0.0.1', username, secret));
    expect(result.ok).toBe(false);
  });
});
