import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_EXTENSION } from '../support/extension';

// Pins what the shipped manifest may ask for. Adding a permission, a host or a script match
// must fail here until this test is changed on purpose.
const manifest = JSON.parse(readFileSync(join(BUILT_EXTENSION, 'manifest.json'), 'utf8'));

describe('built manifest', () => {
  it('asks for no permission beyond storage', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions ?? []).toEqual(['storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
  });

  it('loads no remote code', () => {
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).not.toMatch(/unsafe-eval|https?:/);
  });

  it('ships icons at 16, 32, 48 and 128 pixels and a name that says what it does', () => {
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
    expect(manifest.name).toBe('DOCKER_AUTH_CONFIG for GitLab CI');
  });
});
