import type { BrowserContext, Page } from 'playwright-core';
import type { SandboxGitLab } from '../gitlab-sandbox/server/index.ts';
import type { ExtensionBrowser } from '../support/extension';
import { gitlabUrl } from '../support/gitlab-user';
import { median, ms, percentile, until, type Row } from './lib';

/** Every page a content script serves, on GitLab 17.6 (the sandbox's default generation). */
export const TARGET_PAGES = [
  { name: 'project access tokens', path: '/acme/backend/-/settings/access_tokens' },
  { name: 'group access tokens', path: '/groups/acme/-/settings/access_tokens' },
  { name: 'personal access tokens', path: '/-/user_settings/personal_access_tokens' },
  { name: 'deploy tokens', path: '/acme/backend/-/settings/repository' },
  { name: 'project CI/CD settings', path: '/acme/backend/-/settings/ci_cd' },
  { name: 'group CI/CD settings', path: '/groups/acme/-/settings/ci_cd' },
  { name: 'instance CI/CD settings', path: '/admin/application_settings/ci_cd' },
] as const;

export const PAGE_LOAD_BUDGET = 1.02;

const iqr = (values: readonly number[]) => `${percentile(values, 25).toFixed(3)}–${percentile(values, 75).toFixed(3)}`;

/** Navigation start → end of the load event, from the page's own Navigation Timing entry. */
async function loadTime(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  return until('loadEventEnd', () =>
    page.evaluate(() => {
      const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return entry && entry.loadEventEnd > 0 ? entry.loadEventEnd : undefined;
    }),
  );
}

/** How many of the extension's isolated worlds (content scripts) a navigation created. */
async function extensionWorlds(context: BrowserContext, extensionId: string, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let worlds = 0;
  cdp.on('Runtime.executionContextCreated', (event) => {
    if (event.context.origin === `chrome-extension://${extensionId}`) worlds += 1;
  });
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(200);
  await cdp.detach();
  await page.close();
  return worlds;
}

/**
 * Figure 1: each target page loaded with and without the extension, interleaved in pairs
 * (A/B, then B/A: the order alternates every run), after one warm-up load each. Per page: the
 * median of the per-pair ratios with/without and their interquartile range; overall: the
 * median and IQR of all ratios.
 */
export async function measurePageLoad(
  gl: SandboxGitLab,
  withExtension: ExtensionBrowser,
  plain: BrowserContext,
  runs: number,
  log: (line: string) => void,
): Promise<Row[]> {
  const extPage = await withExtension.context.newPage();
  const plainPage = await plain.newPage();
  const served: Record<string, number> = {};
  for (const target of TARGET_PAGES) {
    const url = gitlabUrl(gl, target.path);
    // Positive control, in a page of its own (a CDP session would weigh on the measured page).
    served[target.name] = await extensionWorlds(withExtension.context, withExtension.extensionId, url);
    await loadTime(extPage, url);
    await loadTime(plainPage, url);
  }
  const ratios: Record<string, number[]> = {};
  const times: Record<string, { with: number[]; without: number[] }> = {};
  for (let run = 0; run < runs; run++) {
    for (const target of TARGET_PAGES) {
      const url = gitlabUrl(gl, target.path);
      let withTime = 0;
      let withoutTime = 0;
      if (run % 2 === 0) {
        withTime = await loadTime(extPage, url);
        withoutTime = await loadTime(plainPage, url);
      } else {
        withoutTime = await loadTime(plainPage, url);
        withTime = await loadTime(extPage, url);
      }
      (ratios[target.name] ??= []).push(withTime / withoutTime);
      const pair = (times[target.name] ??= { with: [], without: [] });
      pair.with.push(withTime);
      pair.without.push(withoutTime);
    }
    log(`  page load: run ${run + 1}/${runs}`);
  }
  await extPage.close();
  await plainPage.close();

  const rows: Row[] = TARGET_PAGES.map((target) => {
    const ratio = median(ratios[target.name]!);
    const pair = times[target.name]!;
    const scripts = served[target.name]!;
    return {
      figure: `1. page load, ${target.name} (with/without, median of ${runs} interleaved pairs)`,
      value: `${ratio.toFixed(3)} (IQR ${iqr(ratios[target.name]!)}; load ${ms(median(pair.with))} vs ${ms(median(pair.without))}; content scripts ran: ${scripts})`,
      budget: `≤ ${PAGE_LOAD_BUDGET}`,
      met: scripts > 0 ? ratio <= PAGE_LOAD_BUDGET : null,
    };
  });
  const all = Object.values(ratios).flat();
  const overall = median(all);
  rows.push({
    figure: `1. page load, all target pages (median of ${all.length} ratios)`,
    value: `${overall.toFixed(3)} (IQR ${iqr(all)})`,
    budget: `≤ ${PAGE_LOAD_BUDGET}`,
    met: overall <= PAGE_LOAD_BUDGET,
  });
  return rows;
}
