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
    // A scheme is only one at the very start: "https://" inside the path is part of the path.
    ['registry.example.com/mirror/https://other.example', 'registry.example.com'],
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

  it('keeps the port exactly: host and host:5050 are different registries', () => {
    expect(keyOf('registry.example.com')).toBe('registry.example.com');
    expect(keyOf('registry.example.com:5050')).toBe('registry.example.com:5050');
    expect(keyOf('registry.example.com:05050')).toBe('registry.example.com:05050');
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

/** The notes a person reads under the Registry field for what they pasted. */
function notesOf(input: string): string[] {
  const result = normaliseRegistry(input);
  if (!result.ok) throw new Error(`refused ${input}: ${result.error}`);
  return result.notes;
}

describe('normaliseRegistry: what the Registry field says back', () => {
  it('says nothing about a registry that is already written as the runner matches it', () => {
    for (const clean of ['registry.example.com', 'registry.example.com:5050', 'localhost:5000', '[::1]:5000', DOCKER_HUB_KEY]) {
      expect(notesOf(clean), clean).toEqual([]);
    }
  });

  it('says when it lower-cased the host, and only then', () => {
    expect(normaliseRegistry('Registry.Example.com:5050')).toEqual({
      ok: true,
      value: 'registry.example.com:5050',
      notes: ['Host name lower-cased, as the runner compares it.'],
    });
  });

  it('names the scheme and the path it removed, then the lower-casing', () => {
    expect(notesOf('https://Registry.Example.com:5050/v2/')).toEqual([
      'Removed "https://" and "/v2/": the runner matches host[:port] only.',
      'Host name lower-cased, as the runner compares it.',
    ]);
    expect(notesOf('registry.example.com/group/app:1.0')).toEqual([
      'Removed "/group/app:1.0": the runner matches host[:port] only.',
    ]);    // A scheme alone is named alone: no empty path is "removed".
    expect(notesOf('https://registry.example.com')).toEqual(['Removed "https://": the runner matches host[:port] only.']);
  });

  it("says why a Docker Hub host became Docker Hub's key", () => {
    expect(normaliseRegistry('hub.docker.com')).toEqual({
      ok: true,
      value: DOCKER_HUB_KEY,
      notes: ['Docker Hub is written as https://index.docker.io/v1/, the key Docker itself uses.'],
    });
  });

  it('says why an image reference without a registry host became Docker Hub', () => {
    expect(normaliseRegistry('library/ubuntu')).toEqual({
      ok: true,
      value: DOCKER_HUB_KEY,
      notes: ['"library/ubuntu" names no registry host, so it is a Docker Hub image: written as Docker Hub\'s key.'],
    });
  });
});

describe('normaliseRegistry: the edges of what is a registry', () => {
  it.each([
    // A scheme says the person meant a registry, even for a host name without a dot.
    ['https://regbox/v2/', 'regbox'],
    ['http://regbox:5000', 'regbox:5000'],
    ['HTTPS://Registry.Example.com', 'registry.example.com'],
    ['oci://registry.example.com/group/app', 'registry.example.com'],
    ['[::1]', '[::1]'],
    ['registry.example.com:1', 'registry.example.com:1'],
    ['registry.example.com:65535', 'registry.example.com:65535'],
    ['10.0.0.7', '10.0.0.7'],
  ])('%j → %s', (input, key) => {
    expect(keyOf(input)).toBe(key);
  });

  it('reads "name:tag" without a registry host as a Docker Hub image, even with a number-like tag', () => {
    expect(keyOf('myhost:50a')).toBe(DOCKER_HUB_KEY);
  });

  it.each([
    ['registry.example.com:65536', /"65536" is not a port\. A port is a number from 1 to 65535/],
    ['registry.example.com:50a', /"50a" is not a port/],
    ['registry.example.com:a50', /"a50" is not a port/],
    ['[::1', /An IPv6 registry address is written \[address\]:port/],
    ['[::1]5000', /An IPv6 registry address is written \[address\]:port/],
    ['[not-an-address]:5000', /"\[not-an-address\]" is not a valid host name/],
  ])('refuses %j', (input, message) => {
    expect(refusal(input)).toMatch(message);
  });

  it('accepts host names up to 253 characters and labels up to 63, and says which limit a longer one breaks', () => {
    const label63 = 'a'.repeat(63);
    const host253 = `${label63}.${label63}.${label63}.${'d'.repeat(61)}`;
    expect(host253).toHaveLength(253);
    expect(keyOf(host253)).toBe(host253);
    expect(refusal(`${host253}x`)).toBe(`"${host253}x" is not a valid host name: it is longer than 253 characters.`);

    expect(keyOf(`${label63}.example.com`)).toBe(`${label63}.example.com`);
    expect(refusal(`${label63}a.example.com`)).toBe(
      `"${label63}a.example.com" is not a valid host name: "${label63}a" is longer than 63 characters.`,
    );
  });
});
