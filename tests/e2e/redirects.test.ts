// Issue 13, item 3: a 307 from GitLab to another host. A browser that follows it resends the
// method, the body (the DOCKER_AUTH_CONFIG) and X-CSRF-Token there. The BUILT extension, against
// the local GitLab behind a pass-through proxy of this test (the browser's gitlab.com), which
// answers chosen requests with a 307 to collector.example.test: a second server of this test that
// records whatever reaches it. The verdict is what the collector received (nothing) and what the
// panel says.
import type { IncomingMessage } from 'node:http';
import { createServer, request as httpsRequest, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSelfSignedCert } from '../gitlab-sandbox/server/cert.ts';
import { startGitLab, type SandboxGitLab } from '../gitlab-sandbox/server/index.ts';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension';
import { GENERATIONS } from '../support/generations';
import { createAccessToken, gitlabUrl } from '../support/gitlab-user';
import { openCiSettings, openPanelWith, storedVariable } from '../support/gitlab-variables';
import { GENERATE, openTokenPanel } from '../support/panel';
import { registerLocalServer } from '../support/secret-ledger';

const UI = GENERATIONS.at(-1)!;
const COLLECTOR = 'collector.example.test';
const CREDENTIALS = { registry: 'registry.example.com:5050', username: 'redirect-test', secret: 'glpat-Redirect_abcdefghij12' };

interface Received {
  method: string;
  path: string;
  csrf: string | undefined;
  authorization: string | undefined;
  body: string;
}

const bodyOf = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });

async function listen(server: Server, what: string): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  registerLocalServer(port, what);
  return port;
}

const stop = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

/** The other host: records every request that reaches it and answers 200. */
async function startCollector() {
  const { key, cert } = makeSelfSignedCert();
  const received: Received[] = [];
  const server = createServer({ key, cert }, async (request, response) => {
    received.push({
      method: request.method ?? '',
      path: request.url ?? '',
      csrf: request.headers['x-csrf-token'] as string | undefined,
      authorization: request.headers.authorization,
      body: await bodyOf(request),
    });
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end('{}');
  });
  const port = await listen(server, 'collector (redirect target, redirects test)');
  return { port, received, stop: () => stop(server) };
}

/** The local GitLab behind a proxy that answers requests `redirecting` picks with a 307 to the collector. */
async function startRedirectingProxy(gl: SandboxGitLab) {
  const { key, cert } = makeSelfSignedCert();
  let redirecting: (method: string, path: string) => boolean = () => false;
  const server = createServer({ key, cert }, (request, response) => {
    const path = new URL(request.url ?? '/', 'https://proxy.invalid').pathname;
    if (redirecting(request.method ?? 'GET', path)) {
      response.writeHead(307, { Location: `https://${COLLECTOR}${request.url}`, 'Content-Length': '0' });
      response.end();
      return;
    }
    const upstream = httpsRequest(
      { host: '127.0.0.1', port: gl.port, method: request.method, path: request.url, headers: request.headers, rejectUnauthorized: false },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  const port = await listen(server, `redirecting proxy in front of the local GitLab ${gl.ui}`);
  return {
    port,
    redirect(pick: (method: string, path: string) => boolean): void {
      redirecting = pick;
    },
    stop: () => stop(server),
  };
}

describe(`a GitLab answering with a redirect to another host (GitLab ${UI})`, () => {
  let gl: SandboxGitLab;
  let proxy: Awaited<ReturnType<typeof startRedirectingProxy>>;
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    gl = await startGitLab({ ui: UI, locale: 'en' });
    proxy = await startRedirectingProxy(gl);
    collector = await startCollector();
    browser = await launchWithExtension({
      hostResolverRules: `MAP gitlab.com 127.0.0.1:${proxy.port},MAP ${COLLECTOR} 127.0.0.1:${collector.port}`,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.stop();
    await collector?.stop();
    await gl?.stop();
  });

  it('Verify: the credentials go nowhere else, and the panel says GitLab redirected', async () => {
    const page = await browser.context.newPage();
    await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
    await createAccessToken(page, UI, 'resource_access_token', 'redirected-verify');
    await page.locator(GENERATE).waitFor();
    const dialog = await openTokenPanel(page);
    proxy.redirect((method, path) => method === 'GET' && path === '/jwt/auth');
    await dialog.getByRole('button', { name: 'Verify' }).click();
    const verdict = dialog.locator('[data-verdict]');
    await expect.poll(() => verdict.getAttribute('data-verdict').catch(() => null), { message: "Verify's verdict" }).toBe('unknown');
    expect(collector.received, 'requests that reached the other host').toEqual([]);
    // settled: the verdict and its text are set together, once, when GitLab's answer came
    expect(await verdict.textContent()).toBe(
      'Could not verify: gitlab.com answered with a redirect to an address the browser does not reveal. ' +
        'The extension does not follow redirects, so nothing was sent there. ' +
        'Check that this GitLab is used at the address it is served at (https, host and relative URL root).',
    );
    proxy.redirect(() => false);
    await page.close();
  });

  it('Save as CI/CD variable: neither the JSON nor X-CSRF-Token go elsewhere, nothing is saved, and the panel says why', async () => {
    const page = await browser.context.newPage();
    await openCiSettings(page, gl, 'group');
    const dialog = await openPanelWith(page, CREDENTIALS);
    await expect.poll(() => dialog.getByLabel('DOCKER_AUTH_CONFIG', { exact: true }).inputValue()).toMatch(/^\{"auths"/);
    proxy.redirect((method, path) => method === 'POST' && path.startsWith('/api/v4/groups/'));
    await dialog.getByRole('button', { name: 'Save as CI/CD variable' }).click();
    const outcome = dialog.locator('[data-outcome]');
    await expect.poll(() => outcome.getAttribute('data-outcome').catch(() => null), { message: 'the save outcome' }).toBe('not-saved');
    expect(collector.received, 'requests that reached the other host').toEqual([]);
    // settled: the outcome and its text are set together, once, when GitLab's answer came
    expect(await outcome.textContent()).toContain(
      'Could not save DOCKER_AUTH_CONFIG in this group: gitlab.com answered with a redirect to an address the browser does not reveal. ' +
        'The extension does not follow redirects, so nothing was sent there.',
    );
    expect(storedVariable(gl, 'group')).toBeUndefined();
    proxy.redirect(() => false);
    await page.close();
  });
});
