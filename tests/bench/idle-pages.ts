import type { SandboxGitLab } from '../gitlab-sandbox/server/index.ts';
import type { ExtensionBrowser } from '../support/extension';
import { gitlabUrl } from '../support/gitlab-user';
import type { Row } from './lib';

/** GitLab pages the extension does not serve; the project access tokens page is the positive control. */
const IDLE_PAGES = [
  { name: 'issues list', path: '/acme/backend/-/issues' },
  { name: 'merge request', path: '/acme/backend/-/merge_requests/1' },
  { name: 'project home', path: '/acme/backend' },
  { name: 'dashboard', path: '/' },
  // Match patterns' `*` also matches the query string: these name a served route in theirs.
  { name: 'issues list, token page route in its query', path: '/acme/backend/-/issues?x=/-/settings/access_tokens' },
  { name: 'issues list, CI/CD settings route in its query', path: '/acme/backend/-/issues?x=/-/settings/ci_cd' },
] as const;
const CONTROL = { name: 'project access tokens (control)', path: '/acme/backend/-/settings/access_tokens' } as const;

export const IDLE_METHOD =
  'CDP, attached before navigation: Runtime.executionContextCreated contexts whose origin is chrome-extension://<id> ' +
  '(content-script worlds), and Debugger.scriptParsed scripts whose URL starts with chrome-extension://<id>/';

interface Count {
  worlds: number;
  scripts: string[];
}

async function countExtensionScripts(browser: ExtensionBrowser, url: string): Promise<Count> {
  const origin = `chrome-extension://${browser.extensionId}`;
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const count: Count = { worlds: 0, scripts: [] };
  cdp.on('Runtime.executionContextCreated', (event) => {
    if (event.context.origin === origin) count.worlds += 1;
  });
  cdp.on('Debugger.scriptParsed', (event) => {
    if (event.url.startsWith(`${origin}/`)) count.scripts.push(event.url.slice(origin.length));
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  await page.goto(url, { waitUntil: 'load' });
  // document_start scripts run long before load; a little slack for anything injected later.
  await page.waitForTimeout(500);
  await cdp.detach();
  await page.close();
  return count;
}

/** Figure 2: extension scripts that ran on pages the extension does not serve (budget 0). */
export async function measureIdlePages(gl: SandboxGitLab, browser: ExtensionBrowser): Promise<Row[]> {
  const rows: Row[] = [];
  for (const target of [...IDLE_PAGES, CONTROL]) {
    const count = await countExtensionScripts(browser, gitlabUrl(gl, target.path));
    const ran = Math.max(count.worlds, count.scripts.length);
    const control = target === CONTROL;
    rows.push({
      figure: `2. extension scripts on ${target.name}`,
      value: `${ran} (worlds ${count.worlds}, scripts ${count.scripts.length}${count.scripts.length ? `: ${count.scripts.join(', ')}` : ''})`,
      budget: control ? '≥ 1 (proves the count sees them)' : '0',
      met: control ? ran >= 1 : ran === 0,
    });
  }
  return rows;
}
