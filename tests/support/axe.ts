import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's own build, from node_modules: injected by the tests, never shipped with the extension. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResults {
  violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown; failureSummary: string }> }>;
}

/** The rules of WCAG 2.1 levels A and AA, as axe-core tags them. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core's WCAG 2.1 A/AA rules in `page` and returns one line per violation (rule, impact,
 * the elements, axe's summary), so that a failure says what to fix. `within`: selectors of the
 * parts to check (the extension's own elements on GitLab's page, with their open shadow roots);
 * the whole document when absent. axe is evaluated through the DevTools protocol, which the
 * pages' Content-Security-Policy does not apply to.
 */
export async function axeViolations(page: Page, within?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  await cssTransitionsSettled(page);
  return page.evaluate(
    async ({ selectors, tags }) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } }).axe;
      const parts = selectors?.flatMap((selector) => Array.from(document.querySelectorAll(selector))) ?? [];
      // A check of nothing passes: say it instead.
      if (selectors && parts.length === 0) return [`nothing to check: none of ${selectors.join(', ')} is on the page`];
      const context = selectors ? { include: parts } : document;
      const results = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations.map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => `${JSON.stringify(node.target)} ${node.failureSummary.replace(/\s+/g, ' ')}`).join(' | ')}`,
      );
    },
    { selectors: within ?? null, tags: WCAG_21_AA },
  );
}

/**
 * Waits until every finite CSS transition and animation in the page (shadow roots included) has
 * finished. GitLab's buttons fade their colours when the theme changes (gl-dark toggled, a button
 * enabled): read mid-fade, axe measures a blend of light and dark that no user looks at for
 * longer than the fade, and on a busy machine the fade is still running when axe reads.
 * Endless animations (a spinner) are not waited for: they never settle.
 */
export async function cssTransitionsSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (;;) {
      const running = document
        .getAnimations()
        .filter((animation) => animation.playState === 'running' && animation.effect?.getComputedTiming().endTime !== Infinity);
      if (running.length === 0) return;
      await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)));
    }
  });
}
