import { describe, expect, it } from 'vitest';
import { DOCKER_HUB_KEY, normaliseRegistry } from '../../../utils/docker-auth-config';

function keyOf(input: string): string {
  const result = normaliseRegistry(input);
  if (!result.ok) throw new Error(`refused ${input}: ${result.error}`);
  return result.value;
}

function refusal(input: string): string {
  const result = normaliseRegistry(input);
  if (result.ok) throw new Error(`accepted ${input} as ${result.value}`);
  return result.error;
}

describe('normaliseRegistry', () => {
  it.each([
    ['registry.gitlab.com', 'registry.gitlab.com'],
    ['https://Registry.Example.com:5050/', 'registry.example.com:5050'],
    ['registry.example.com:5050/v2/', 'registry.example.com:5050'],
    ['registry.gitlab.com/group/project/image:tag', 'registry.gitlab.com'],
    ['registry.example.com:5050/group/image@sha256:abcd', 'registry.example.com:5050'],
    ['http://localhost:5000', 'localhost:5000'],
    ['localhost', 'localhost'],
    ['myhost:5000', 'myhost:5000'],
    ['127.0.0.1:5000/acme/app', '127.0.0.1:5000'],
    ['[::1]:5000', '[::1]:5000'],
    ['docker://registry.example.com/app', 'registry.example.com'],
    ['  registry.example.com \n', 'registry.example.com'],
  ])('%j → %s', (input, key) => {
    expect(keyOf(input)).toBe(key);
  });

  it.each([
    'docker.io',
    'index.docker.io',
    'registry-1.docker.io',
    'https://index.docker.io/v1/',
    'https://INDEX.docker.io/v1/',
    'https://registry.hub.docker.com',
    'docker.io/library/ubuntu:22.04',
    'library/ubuntu',
    'nginx:1.27',
  ])('Docker Hub spelling %j → https://index.docker.io/v1/', (input) => {
    expect(keyOf(input)).toBe(DOCKER_HUB_KEY);
  });

  it('keeps the port: host and host:5050 are different registries', () => {
    expect(keyOf('registry.example.com')).not.toBe(keyOf('registry.example.com:5050'));
  });

  it('says what it changed', () => {
    const result = normaliseRegistry('https://Registry.Example.com:5050/v2/');
    expect(result.ok && result.notes.join(' ')).toMatch(/Removed "https:\/\/" and "\/v2\/"/);
  });

  it.each([
    ['', /Enter the registry host/],
    ['   ', /Enter the registry host/],
    ['registry example.com', /cannot contain spaces/],
    ['registry.example.com:99999', /"99999" is not a port.*1 to 65535/],
    ['registry.example.com:0', /"0" is not a port/],
    ['registry.example.com:abc', /"abc" is not a port/],
    ['registry.example.com:', /"" is not a port/],
    ['ftp://registry.example.com', /"ftp:\/\/" is not a registry address/],
    ['user@registry.example.com', /username goes in the Username field/],
    ['reg_istry.example.com', /not a valid host name/],
    ['-bad.example.com', /not a valid host name/],
    ['registry..example.com', /empty part/],
    ['nginx', /"nginx" is not a registry host/],
    ['::1:5000', /IPv6.*brackets/],
    ['https://', /host is missing/],
  ])('refuses %j with a reason', (input, message) => {
    expect(refusal(input)).toMatch(message);
  });
});
