import { english, type Translate } from '../i18n';
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

// An IPv4 address needs no rule of its own: its four numeric parts pass the host-label rule.
function invalidHostMessage(host: string, t: Translate): string | null {
  if (IPV6_IN_BRACKETS.test(host)) return null;
  if (host.length > 253) return t('registry.host-too-long', { host });
  for (const label of host.split('.')) {
    if (label === '') return t('registry.host-empty-label', { host });
    if (label.length > 63) return t('registry.host-label-too-long', { host, label });
    if (!HOST_LABEL.test(label)) return t('registry.host-characters', { host });
  }
  return null;
}

/**
 * Turns what people paste as a registry (a URL, `host:port/v2/`, an image reference, a Docker Hub
 * spelling) into the `auths` key the runner matches: `host[:port]`, host lower-cased, no scheme
 * or path; Docker Hub as {@link DOCKER_HUB_KEY}. The port is kept exactly: `host` and `host:5050`
 * are different registries to the runner.
 */
export function normaliseRegistry(raw: string, t: Translate = english): Checked<string> {
  const input = raw.trim();
  if (input === '') return { ok: false, error: t('registry.empty') };
  if (/\s/.test(input)) {
    return { ok: false, error: t('registry.spaces') };
  }
  if (input.toLowerCase() === DOCKER_HUB_KEY) return { ok: true, value: DOCKER_HUB_KEY, notes: [] };

  const notes: string[] = [];
  let rest = input;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(rest);
  if (scheme) {
    const name = scheme[1]!.toLowerCase();
    if (!SCHEMES_WE_STRIP.has(name)) {
      return { ok: false, error: t('registry.bad-scheme', { scheme: name }) };
    }
    rest = rest.slice(scheme[0].length);
  }
  const slash = rest.indexOf('/');
  const hostAndPort = slash === -1 ? rest : rest.slice(0, slash);
  const path = slash === -1 ? '' : rest.slice(slash);

  if (hostAndPort === '') return { ok: false, error: t('registry.missing-host') };
  if (hostAndPort.includes('@')) return { ok: false, error: t('registry.userinfo') };

  let host: string;
  let port: string | null = null;
  if (hostAndPort.startsWith('[')) {
    const close = hostAndPort.indexOf(']');
    host = hostAndPort.slice(0, close + 1);
    const after = hostAndPort.slice(close + 1);
    if (close === -1 || (after !== '' && !after.startsWith(':'))) {
      return { ok: false, error: t('registry.ipv6-form') };
    }
    if (after !== '') port = after.slice(1);
  } else {
    const parts = hostAndPort.split(':');
    if (parts.length > 2) {
      return { ok: false, error: t('registry.ipv6-brackets') };
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
      return { ok: true, value: DOCKER_HUB_KEY, notes: [t('registry.note.docker-hub-image', { input })] };
    }
    return { ok: false, error: t('registry.not-a-host', { input }) };
  }

  if (port !== null) {
    const number = Number(port);
    if (!/^\d+$/.test(port) || number < 1 || number > 65535) {
      return { ok: false, error: t('registry.bad-port', { port }) };
    }
  }

  const invalidHost = invalidHostMessage(host, t);
  if (invalidHost) return { ok: false, error: invalidHost };

  if (DOCKER_HUB_HOSTS.has(host)) {
    return { ok: true, value: DOCKER_HUB_KEY, notes: [t('registry.note.docker-hub')] };
  }

  if (scheme && path !== '') notes.push(t('registry.note.removed-scheme-and-path', { scheme: scheme[0], path }));
  else if (scheme) notes.push(t('registry.note.removed-scheme', { scheme: scheme[0] }));
  else if (path !== '') notes.push(t('registry.note.removed-path', { path }));
  const key = port === null ? host : `${host}:${port}`;
  if (hostAndPort !== key && hostAndPort.toLowerCase() === key) notes.push(t('registry.note.lower-cased'));
  return { ok: true, value: key, notes };
}
