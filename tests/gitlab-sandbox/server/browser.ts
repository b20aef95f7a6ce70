import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../support/chromium.ts';
import type { SandboxGitLab } from './index.ts';

/**
 * A headless Chromium that reaches the local GitLab as https://gitlab.com (and
 * gitlab.example.test): the host names are mapped onto 127.0.0.1:<port> so Secure cookies and
 * the page origin are the real ones. `extensionDir` loads an unpacked extension too.
 */
export async function launchAgainst(gl: SandboxGitLab, opts: { extensionDir?: string } = {}): Promise<BrowserContext> {
  const args = [
    ...chromiumArgs,
    `--host-resolver-rules=MAP gitlab.com 127.0.0.1:${gl.port}, MAP gitlab.example.test 127.0.0.1:${gl.port}`,
    '--ignore-certificate-errors',
  ];
  if (opts.extensionDir) args.push(`--disable-extensions-except=${opts.extensionDir}`, `--load-extension=${opts.extensionDir}`);
  return chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: true,
    ignoreHTTPSErrors: true,
    args,
  });
}

/** https://gitlab.com<root><path> as the browser sees it (port 443, mapped by the resolver rule). */
export function gitlabUrl(gl: SandboxGitLab, path: string, host = 'gitlab.com'): string {
  return `https://${host}${gl.relativeRoot}${path.startsWith('/') ? path : `/${path}`}`;
}
