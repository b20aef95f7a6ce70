/**
 * What the test process knows it handed to a browser, for the guard in launchWithExtension's
 * close() (issue 7: nothing at rest, nothing sent elsewhere):
 * - secrets: every token the local GitLab issues (state.ts adds them), every token a test types
 *   or pastes by hand (one call: rememberSecret), and every `auth` of a DOCKER_AUTH_CONFIG a test
 *   puts into GitLab directly (rememberAuthsIn);
 * - local servers: the loopback ports of the servers this process started (the local GitLab, the
 *   test registry), the only places besides the extension itself a test browser may reach.
 *
 * Process-wide on purpose: it lives on globalThis, so the stand-in (imported by the test file) and
 * the support code see one ledger even when Vitest evaluates a module twice, and close() scans for
 * EVERYTHING the process ever handled, not only what was added since the browser started. A token
 * created before the launch (createTokenDirectly in a beforeAll, a constant registered at import)
 * or a profile reused by a second launch (instances.test.ts) would slip through a "since launch"
 * window; a random test token cannot be in a fresh profile by accident, so scanning for more costs
 * no false hits, and the scan's cost does not grow with the number of secrets.
 */

interface LedgerSecret {
  secret: string;
  /** Says what it is in a failure message, e.g. `project token "registry" issued by the local GitLab`. */
  label: string;
  /** Usernames it is known to be paired with in base64(username:secret). */
  usernames: Set<string>;
  /** An `auth` value itself: searched as is, nothing derived from it. */
  exactOnly: boolean;
  /** Random after GitLab's prefix (issued tokens): the part after the prefix is searched alone too. */
  randomAfterPrefix: boolean;
}

interface Ledger {
  secrets: Map<string, LedgerSecret>;
  /** "127.0.0.1:<port>" -> what listens there. */
  localServers: Map<string, string>;
}

const KEY = Symbol.for('docker-auth-config.tests.secret-ledger');
const ledger: Ledger = ((globalThis as Record<symbol, unknown>)[KEY] as Ledger | undefined) ??
  ((globalThis as Record<symbol, unknown>)[KEY] = { secrets: new Map(), localServers: new Map() } as Ledger);

/**
 * Shorter strings could occur in a profile by chance (or be a placeholder in the bundle), which
 * would make the guard cry wolf; every test secret that matters is longer.
 */
export const MIN_SECRET_LENGTH = 12;

/**
 * Adds a secret the browser is going to handle. `username` adds base64(username:secret) (the
 * `auth` the extension builds); base64 of the secret after any username is searched anyway.
 */
export function rememberSecret(
  secret: string,
  label: string,
  options: { username?: string; exactOnly?: boolean; randomAfterPrefix?: boolean } = {},
): void {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`rememberSecret: "${label}" is ${secret.length} characters; the scan needs ${MIN_SECRET_LENGTH}+ to avoid chance hits.`);
  }
  let entry = ledger.secrets.get(secret);
  if (!entry) {
    entry = { secret, label, usernames: new Set(), exactOnly: options.exactOnly ?? false, randomAfterPrefix: options.randomAfterPrefix ?? false };
    ledger.secrets.set(secret, entry);
  }
  if (options.username !== undefined) entry.usernames.add(options.username);
}

/** For the local GitLab: a token it has just issued (personal, project, group or deploy). */
export function rememberIssuedToken(token: { kind: string; name: string; token: string; username: string }): void {
  rememberSecret(token.token, `${token.kind} token ${JSON.stringify(token.name)} issued by the local GitLab`, {
    username: token.username,
    randomAfterPrefix: true,
  });
}

/**
 * Every `auth` in a DOCKER_AUTH_CONFIG-shaped value a test stores in GitLab behind the extension's
 * back (other registries' credentials the extension then reads and merges). Anything else is ignored.
 */
export function rememberAuthsIn(value: string, label: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return;
  }
  const auths = (parsed as { auths?: unknown } | null)?.auths;
  if (!auths || typeof auths !== 'object') return;
  for (const [registry, entry] of Object.entries(auths)) {
    const auth = (entry as { auth?: unknown } | null)?.auth;
    if (typeof auth === 'string' && auth.length >= MIN_SECRET_LENGTH) {
      rememberSecret(auth, `auth for ${registry} in ${label}`, { exactOnly: true });
    }
  }
}

/** Whether the guard will search for `secret` (for tests of the ledger itself). */
export function knownSecret(secret: string): boolean {
  return ledger.secrets.has(secret);
}

/** One string to search for, and what to call it when it is found. */
export interface Needle {
  text: string;
  label: string;
  /** The secret it is a form of. */
  secret: string;
}

const b64 = (bytes: Buffer) => bytes.toString('base64');

/**
 * The base64 characters that encode `secret` whatever precedes it: base64(anything + secret) at
 * each of the three byte alignments, without the characters that also depend on the bytes before
 * or after. So base64(username:secret) is found for ANY username, and so is a JSON holding it.
 */
function base64Fragments(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const fragments: string[] = [];
  for (let pad = 0; pad < 3; pad++) {
    // `pad` unknown bytes before the secret: the first 3-byte group mixes them in unless pad is 0.
    const skipGroups = pad === 0 ? 0 : 1;
    const total = pad + bytes.length;
    const fullGroups = Math.floor(total / 3); // a partial last group depends on what follows
    const encoded = b64(Buffer.concat([Buffer.alloc(pad), bytes]));
    const fragment = encoded.slice(skipGroups * 4, fullGroups * 4);
    if (fragment.length >= MIN_SECRET_LENGTH) fragments.push(fragment);
  }
  return fragments;
}

/** What to search the profile for: each secret, its auth forms, and their URL-encoded forms. */
export function needles(): Needle[] {
  const out: Needle[] = [];
  for (const entry of ledger.secrets.values()) {
    const add = (text: string, label: string) => {
      out.push({ text, label, secret: entry.secret });
      const encoded = encodeURIComponent(text);
      if (encoded !== text) out.push({ text: encoded, label: `${label}, URL-encoded`, secret: entry.secret });
    };
    const shown = `${entry.label} (${entry.secret.slice(0, 8)}…)`;
    add(entry.secret, shown);
    if (entry.exactOnly) continue;
    // GitLab's prefix (glpat-, gldt-, ...) repeats across tokens, so a compressing store (LevelDB
    // blocks are Snappy-compressed) may keep it as a back-reference: search the random rest on its
    // own too. Only for issued tokens: a hand-typed "glpat-abcdefghijklmnopqrst" would match any
    // alphabet table in cached code.
    const rest = entry.secret.replace(/^[a-z]{2,8}-/, '');
    if (entry.randomAfterPrefix && rest !== entry.secret && rest.length >= MIN_SECRET_LENGTH) add(rest, `${shown} without its prefix`);
    for (const username of entry.usernames) add(b64(Buffer.from(`${username}:${entry.secret}`, 'utf8')), `base64(${username}:…) of ${shown}`);
    for (const fragment of base64Fragments(entry.secret)) add(fragment, `base64 of ${shown} after any username`);
  }
  return out;
}

/** For the local GitLab and the test registry: "I listen on 127.0.0.1:<port>". */
export function registerLocalServer(port: number, what: string): void {
  ledger.localServers.set(`127.0.0.1:${port}`, what);
}

/** What listens on a loopback host:port started by this process, if anything. */
export function localServerAt(hostPort: string): string | undefined {
  return ledger.localServers.get(hostPort);
}
