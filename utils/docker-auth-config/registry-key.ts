import type { Checked } from './checked';

/** The `auths` key Docker itself writes for Docker Hub; the runner maps it to docker.io. */
export const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';

const DOCKER_HUB_HOSTS = new Set([
  'docker.io',
  'index.docker.io',
  'registry-1.docker.io',
  'registry.hub.docker.com',
  'hub.docker.com',
]);

const SCHEMES_WE_STRIP = new Set(['http', 'https', 'docker', 'oci']);
const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const IPV6_IN_BRACKETS = /^\[[0-9a-f:.]+\]$/;

const EXAMPLE = 'for example registry.gitlab.com or registry.example.com:5050';

// An IPv4 address needs no rule of its own: its four numeric parts pass the host-label rule.
function invalidHostReason(host: string): string | null {
  if (IPV6_IN_BRACKETS.test(host)) return null;
  if (host.length > 253) return 'it is longer than 253 characters';
  for (const label of host.split('.')) {
    if (label === '') return 'it has an empty part between dots';
    if (label.length > 63) return `"${label}" is longer than 63 characters`;
    if (!HOST_LABEL.test(label)) return 'a host name has only letters, digits, dots and hyphens';
  }
  return null;
}

/**
 * Turns what people paste as a registry (a URL, `host:port/v2/`, an image reference, a Docker Hub
 * spelling) into the `auths` key the runner matches: `host[:port]`, host lower-cased, no scheme
 * or path; Docker Hub as {@link DOCKER_HUB_KEY}. The port is kept exactly: `host` and `host:5050`
 * are different registries to the runner.
 */
export function normaliseRegistry(raw: string): Checked<string> {
  const input = raw.trim();
  if (input === '') return { ok: false, error: `Enter the registry host, ${EXAMPLE}.` };
  if (/\s/.test(input)) {
    return { ok: false, error: `A registry host cannot contain spaces. Enter only host[:port], ${EXAMPLE}.` };
  }
  if (input.toLowerCase() === DOCKER_HUB_KEY) return { ok: true, value: DOCKER_HUB_KEY, notes: [] };

  const notes: string[] = [];
  let rest = input;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(rest);
  if (scheme) {
    const name = scheme[1]!.toLowerCase();
    if (!SCHEMES_WE_STRIP.has(name)) {
      return { ok: false, error: `"${name}://" is not a registry address. Enter host[:port], ${EXAMPLE}.` };
    }
    rest = rest.slice(scheme[0].length);
  }
  const slash = rest.indexOf('/');
  const hostAndPort = slash === -1 ? rest : rest.slice(0, slash);
  const path = slash === -1 ? '' : rest.slice(slash);

  if (hostAndPort === '') return { ok: false, error: `The registry host is missing. Enter host[:port], ${EXAMPLE}.` };
  if (hostAndPort.includes('@')) {
    return {
      ok: false,
      error: 'Remove the "name@" part from the registry: the username goes in the Username field.',
    };
  }

  let host: string;
  let port: string | null = null;
  if (hostAndPort.startsWith('[')) {
    const close = hostAndPort.indexOf(']');
    host = hostAndPort.slice(0, close + 1);
    const after = hostAndPort.slice(close + 1);
    if (close === -1 || (after !== '' && !after.startsWith(':'))) {
      return { ok: false, error: 'An IPv6 registry address is written [address]:port, for example [::1]:5000.' };
    }
    if (after !== '') port = after.slice(1);
  } else {
    const parts = hostAndPort.split(':');
    if (parts.length > 2) {
      return { ok: false, error: 'Put an IPv6 registry address in brackets, for example [::1]:5000.' };
    }
    host = parts[0]!;
    if (parts.length === 2) port = parts[1]!;
  }
  host = host.toLowerCase();

  // Docker's rule: the first part of an image reference is a registry only when it has a dot,
  // a port or is localhost; otherwise the image lives on Docker Hub (`library/ubuntu`, `nginx:1.27`).
  const looksLikeRegistry = scheme !== null || host.includes('.') || host === 'localhost' || host.startsWith('[');
  const isNumericPort = port !== null && /^\d+$/.test(port);
  if (!looksLikeRegistry && !isNumericPort) {
    if (path !== '' || port !== null) {
      return {
        ok: true,
        value: DOCKER_HUB_KEY,
        notes: [`"${input}" names no registry host, so it is a Docker Hub image: written as Docker Hub's key.`],
      };
    }
    return {
      ok: false,
      error: `"${input}" is not a registry host. Enter the registry's host name with its port if it has one (${EXAMPLE}), or docker.io for Docker Hub.`,
    };
  }

  if (port !== null) {
    const number = Number(port);
    if (!/^\d+$/.test(port) || number < 1 || number > 65535) {
      return {
        ok: false,
        error: `"${port}" is not a port. A port is a number from 1 to 65535, as in registry.example.com:5050.`,
      };
    }
  }

  const reason = invalidHostReason(host);
  if (reason) return { ok: false, error: `"${host}" is not a valid host name: ${reason}.` };

  if (DOCKER_HUB_HOSTS.has(host)) {
    return { ok: true, value: DOCKER_HUB_KEY, notes: ['Docker Hub is written as https://index.docker.io/v1/, the key Docker itself uses.'] };
  }

  const removed = [scheme ? `"${scheme[0]}"` : null, path !== '' ? `"${path}"` : null].filter(Boolean);
  if (removed.length > 0) notes.push(`Removed ${removed.join(' and ')}: the runner matches host[:port] only.`);
  const key = port === null ? host : `${host}:${port}`;
  if (hostAndPort !== key && hostAndPort.toLowerCase() === key) notes.push('Host name lower-cased, as the runner compares it.');
  return { ok: true, value: key, notes };
}
