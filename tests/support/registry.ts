import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { OCI_TAG, writeMinimalOciLayout } from './oci-image';
import { MIN_SECRET_LENGTH, registerLocalServer, rememberSecret } from './secret-ledger';

export interface RegistryUser {
  username: string;
  secret: string;
}

export interface TestRegistry {
  /** `127.0.0.1:<port>`: the exact key a DOCKER_AUTH_CONFIG `auths` entry needs for this registry. */
  host: string;
  port: number;
  /** Repository holding the pushed image, tag `latest`. */
  repository: string;
  /**
   * Runs a real OCI client (`skopeo inspect`) with the given JSON as its auth file.
   * `output` is skopeo's stdout + stderr; do not log it from tests.
   */
  canPull(dockerAuthConfigJson: string): Promise<{ ok: boolean; output: string }>;
  /** Kills the registry and removes every temp file. Safe to call twice. */
  stop(): Promise<void>;
}

const REGISTRY_BIN = '/usr/bin/docker-registry';
const INSTALL_HINT = 'Install them with `apt-get install -y docker-registry skopeo apache2-utils` (Debian/Ubuntu).';
const REPOSITORY = 'acme/backend/app';
const COMMAND_TIMEOUT_MS = 30_000;
const READY_DEADLINE_MS = 15_000;
// bcrypt (htpasswd -B) only reads the first 72 bytes of a password.
const BCRYPT_MAX_BYTES = 72;

function findOnPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '/usr/bin:/bin').split(delimiter)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** Paths of the three tools; throws one message naming every missing tool and how to install it. */
export function requireTools(): { registry: string; skopeo: string; htpasswd: string } {
  let registry: string | undefined = REGISTRY_BIN;
  try {
    accessSync(REGISTRY_BIN, constants.X_OK);
  } catch {
    registry = undefined;
  }
  const skopeo = findOnPath('skopeo');
  const htpasswd = findOnPath('htpasswd');
  if (!registry || !skopeo || !htpasswd) {
    const missing = [
      !registry && `${REGISTRY_BIN} (package docker-registry)`,
      !skopeo && 'skopeo (package skopeo)',
      !htpasswd && 'htpasswd (package apache2-utils)',
    ].filter(Boolean);
    throw new Error(`The registry tests need tools that are missing: ${missing.join(', ')}. ${INSTALL_HINT}`);
  }
  return { registry, skopeo, htpasswd };
}

/**
 * Rejects users the toolchain cannot represent faithfully, instead of letting a test pass or fail
 * for a reason unrelated to the JSON under test.
 */
function checkUser({ username, secret }: RegistryUser): void {
  if (username === '' || /[:\r\n\0]/.test(username)) {
    // ':' separates user from secret in Basic auth and in htpasswd lines; the file is line based.
    throw new Error(`Test registry: username ${JSON.stringify(username)} must be non-empty, without ':', newline or NUL.`);
  }
  if (secret.includes('\0')) {
    // argv cannot carry NUL, and Docker trims trailing NULs of a password anyway.
    throw new Error(`Test registry: the secret of ${username} contains NUL, which htpasswd cannot receive.`);
  }
  if (Buffer.byteLength(secret, 'utf8') > BCRYPT_MAX_BYTES) {
    // Beyond 72 bytes a wrong secret with the same first 72 bytes would be accepted.
    throw new Error(
      `Test registry: the secret of ${username} is longer than ${BCRYPT_MAX_BYTES} UTF-8 bytes; ` +
        'bcrypt ignores the rest, so the registry could not tell a wrong secret from the right one.',
    );
  }
}

interface RunResult {
  code: number | null;
  output: string;
}

/** Runs a command to completion; stdout and stderr interleaved as they arrive. Never throws on exit code. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], timeout: COMMAND_TIMEOUT_MS });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (exited(child)) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await gone;
  clearTimeout(timer);
}

/**
 * Starts the registry on `port` and resolves once `/v2/` answers 401 (i.e. it serves and its
 * htpasswd auth is on). Rejects with the registry's own log when it exits or never gets ready.
 */
async function launch(registryBin: string, configPath: string, port: number, env: NodeJS.ProcessEnv) {
  const child = spawn(registryBin, ['serve', configPath], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  // Keep draining the pipes (a full pipe would block the registry); keep only the tail for errors.
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  child.on('error', (error) => (log += `\nspawn error: ${error.message}`));

  const deadline = Date.now() + READY_DEADLINE_MS;
  while (Date.now() < deadline && !exited(child)) {
    const status = await fetch(`http://127.0.0.1:${port}/v2/`, { signal: AbortSignal.timeout(1_000) }).then(
      (response) => response.status,
      () => undefined, // connection refused while the registry starts: retry
    );
    if (status === 401) return child;
    if (status !== undefined) {
      await stopChild(child);
      throw new Error(`docker-registry answered GET /v2/ with ${status}, expected 401 (htpasswd auth off?)`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stopChild(child);
  throw Object.assign(new Error(`docker-registry did not become ready on port ${port}:\n${log}`), { log });
}

export async function startRegistry({ users }: { users: RegistryUser[] }): Promise<TestRegistry> {
  const tools = requireTools();
  if (users.length === 0) throw new Error('Test registry: give at least one user (the first one pushes the image).');
  users.forEach(checkUser);
  // Secrets a test hands the registry are secrets a browser may see: the e2e guard scans for them.
  for (const { username, secret } of users) if (secret.length >= MIN_SECRET_LENGTH) rememberSecret(secret, `test registry secret of ${username}`, { username });
  if (new Set(users.map((u) => u.username)).size !== users.length) {
    throw new Error('Test registry: usernames must be unique.');
  }

  const root = mkdtempSync(join(tmpdir(), 'test-registry-'));
  // Tools get a private HOME/XDG dirs and no inherited REGISTRY_* / DOCKER_CONFIG / REGISTRY_AUTH_FILE,
  // so no credentials or settings of the machine can make a pull pass or fail.
  for (const dir of ['home', 'config', 'run']) mkdirSync(join(root, dir), { mode: 0o700 });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: join(root, 'home'),
    XDG_CONFIG_HOME: join(root, 'config'),
    XDG_RUNTIME_DIR: join(root, 'run'),
    TMPDIR: root,
  };

  let child: ChildProcess | undefined;
  const stop = async () => {
    if (child) await stopChild(child);
    rmSync(root, { recursive: true, force: true });
  };

  try {
    const lines: string[] = [];
    for (const { username, secret } of users) {
      // -B bcrypt (the only hash distribution's htpasswd auth accepts), -b secret from argv, -n to stdout.
      const result = await run(tools.htpasswd, ['-Bbn', username, secret], env);
      if (result.code !== 0) throw new Error(`htpasswd refused user ${JSON.stringify(username)}: ${result.output.trim()}`);
      lines.push(result.output.trim());
    }
    const htpasswdPath = join(root, 'htpasswd');
    writeFileSync(htpasswdPath, lines.join('\n') + '\n', { mode: 0o600 });

    // A free port can be taken between our probe and the registry's bind: retry a few times.
    let port = 0;
    for (let attempt = 1; !child; attempt++) {
      port = await freePort();
      const configPath = join(root, 'config.yml');
      // JSON is valid YAML, and it quotes the temp paths for us.
      const config = {
        version: '0.1',
        log: { level: 'warn', accesslog: { disabled: true } },
        storage: { filesystem: { rootdirectory: join(root, 'data') } },
        http: { addr: `127.0.0.1:${port}`, secret: randomBytes(16).toString('hex') },
        auth: { htpasswd: { realm: 'test-registry', path: htpasswdPath } },
      };
      writeFileSync(configPath, JSON.stringify(config, null, 2));
      try {
        child = await launch(tools.registry, configPath, port, env);
      } catch (error) {
        const log = (error as { log?: string }).log ?? '';
        if (attempt >= 3 || !log.includes('address already in use')) throw error;
      }
    }

    const host = `127.0.0.1:${port}`;
    registerLocalServer(port, 'test registry'); // the e2e guard lets test browsers reach it (issue 7)
    const ociDir = join(root, 'oci');
    writeMinimalOciLayout(ociDir);
    const pusher = users[0]!;
    const push = await run(
      tools.skopeo,
      [
        // The image is our own; no need for the machine's /etc/containers/policy.json.
        '--insecure-policy',
        'copy',
        '--dest-tls-verify=false',
        '--dest-creds',
        `${pusher.username}:${pusher.secret}`,
        `oci:${ociDir}:${OCI_TAG}`,
        `docker://${host}/${REPOSITORY}:${OCI_TAG}`,
      ],
      env,
    );
    // The output names no secret (skopeo never echoes credentials), so it may go into the error.
    if (push.code !== 0) throw new Error(`skopeo could not push the test image to ${host}:\n${push.output}`);

    return {
      host,
      port,
      repository: REPOSITORY,
      async canPull(dockerAuthConfigJson) {
        const authFile = join(root, `auth-${randomUUID()}.json`);
        writeFileSync(authFile, dockerAuthConfigJson, { mode: 0o600, flag: 'wx' });
        try {
          const result = await run(
            tools.skopeo,
            ['inspect', '--tls-verify=false', '--authfile', authFile, `docker://${host}/${REPOSITORY}:${OCI_TAG}`],
            env,
          );
          return { ok: result.code === 0, output: result.output };
        } finally {
          rmSync(authFile, { force: true });
        }
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
