import type { ExtensionBrowser } from '../support/extension';
import { median, ms, NAME_SHIM, percentile, type Row } from './lib';

export const EXTENSION_PAGE_BUDGET_MS = 50;
export const EXTENSION_PAGE_METHOD =
  'each page opened in a new tab (chrome-extension://<id>/popup.html, options.html; a tab, not the toolbar popup); an ' +
  'init script (before any page script) watches the DOM with a MutationObserver; value = performance.now() (0 = ' +
  'navigation start) in the first requestAnimationFrame callback after the main form is in the DOM, i.e. the frame ' +
  "that paints it. Main form: the popup's Registry input, the options page's instance list (ul.instances > li). " +
  "domInteractive (HTML parsed, before any of our script) and first-contentful-paint (Paint Timing API) are shown beside it";

type Which = 'popup' | 'options';

interface Sample {
  frame: number;
  dom: number;
  fcp: number | null;
  /** Navigation start → HTML parsed (domInteractive): the part before any of our script runs. */
  parsed: number | null;
}

async function openOnce(browser: ExtensionBrowser, which: Which): Promise<Sample> {
  const page = await browser.context.newPage();
  await page.addInitScript(NAME_SHIM);
  await page.addInitScript((kind: Which) => {
    const record: { dom: number | null; frame: number | null } = { dom: null, frame: null };
    (window as unknown as { __bench: typeof record }).__bench = record;
    const ready = () =>
      kind === 'popup'
        ? Array.from(document.querySelectorAll('label')).some((label) => label.textContent?.trim() === 'Registry' && label.htmlFor !== '' && document.getElementById(label.htmlFor) !== null)
        : document.querySelector('ul.instances > li') !== null;
    const observer = new MutationObserver(() => {
      if (record.dom !== null || !ready()) return;
      record.dom = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => {
        record.frame = performance.now();
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  }, which);
  await page.goto(`chrome-extension://${browser.extensionId}/${which}.html`);
  const deadline = Date.now() + 10_000;
  let sample: Sample | null = null;
  while (sample === null) {
    sample = await page.evaluate(() => {
      const record = (window as unknown as { __bench?: { dom: number | null; frame: number | null } }).__bench;
      if (!record || record.dom === null || record.frame === null) return null;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return {
        dom: record.dom,
        frame: record.frame,
        fcp: fcp ? fcp.startTime : null,
        parsed: navigation && navigation.domInteractive > 0 ? navigation.domInteractive : null,
      };
    });
    if (sample === null) {
      if (Date.now() > deadline) throw new Error(`${which}: main form not rendered within 10 s`);
      await page.waitForTimeout(20);
    }
  }
  await page.close();
  return sample;
}

/** Figure 5: popup and options page, navigation start → first frame with the main form. */
export async function measureExtensionPages(browser: ExtensionBrowser, runs: number): Promise<Row[]> {
  const rows: Row[] = [];
  for (const which of ['popup', 'options'] as const) {
    await openOnce(browser, which); // warm-up
    const samples: Sample[] = [];
    for (let run = 0; run < runs; run++) samples.push(await openOnce(browser, which));
    const frames = samples.map((sample) => sample.frame);
    const mid = median(frames);
    const fcps = samples.map((sample) => sample.fcp).filter((value): value is number => value !== null);
    const parsed = samples.map((sample) => sample.parsed).filter((value): value is number => value !== null);
    rows.push({
      figure: `5. ${which} open → first frame with ${which === 'popup' ? 'the Registry input' : 'the instance list'} (median of ${runs})`,
      value: `${ms(mid)} (p95 ${ms(percentile(frames, 95))}; HTML parsed ${parsed.length ? ms(median(parsed)) : 'n/a'}; in DOM ${ms(
        median(samples.map((sample) => sample.dom)),
      )}; FCP ${fcps.length ? ms(median(fcps)) : 'n/a'})`,
      budget: `≤ ${EXTENSION_PAGE_BUDGET_MS} ms`,
      met: mid <= EXTENSION_PAGE_BUDGET_MS,
    });
  }
  return rows;
}
