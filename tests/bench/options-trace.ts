import type { ExtensionBrowser } from '../support/extension';
import { median, ms, NAME_SHIM, type Row } from './lib';

export const OPTIONS_TRACE_METHOD =
  'the options page opened in a new tab with a CDP trace (categories devtools.timeline, v8, blink.user_timing) from ' +
  'before its navigation to its first frame with the instance list (the same init script as figure 5, which also ' +
  "marks 'bench:list-in-dom' and 'bench:frame' with performance.mark); on the renderer's main thread, between HTML " +
  'parsed (domInteractive) and that frame: time in script (compile + evaluate of our module and chunks, and functions ' +
  'run: Preact render, the storage read), style + layout, paint + compositing, and the rest: the main thread idle, ' +
  'waiting for the browser (the module fetched from the extension, storage.local answered) or for the frame';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

const GROUPS: Record<string, readonly string[]> = {
  script: ['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'v8.run', 'EventDispatch'],
  'style + layout': ['UpdateLayoutTree', 'Layout', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  'paint + compositing': ['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'Commit'],
};

/** Figure 5b: where the options page's time after HTML parsing goes, from a trace (median of `runs`). */
export async function traceOptionsPage(browser: ExtensionBrowser, runs: number): Promise<Row[]> {
  const samples: Array<Record<string, number>> = [];
  for (let run = -1; run < runs; run++) {
    const page = await browser.context.newPage();
    await page.addInitScript(NAME_SHIM);
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('ul.instances > li') === null) return;
        observer.disconnect();
        performance.mark('bench:list-in-dom');
        requestAnimationFrame(() => performance.mark('bench:frame'));
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    const cdp = await browser.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (message) => events.push(...(message.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8,blink.user_timing', transferMode: 'ReportEvents' });
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.waitForFunction(() => performance.getEntriesByName('bench:frame').length > 0);
    const timing = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        parsed: navigation.domInteractive,
        inDom: performance.getEntriesByName('bench:list-in-dom')[0]!.startTime,
        frame: performance.getEntriesByName('bench:frame')[0]!.startTime,
      };
    });
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    await page.close();
    if (run < 0) continue; // warm-up

    // The renderer's main thread, and the trace's clock at the frame mark (performance.now() = 0 at navigation start).
    const frameMark = events.find((event) => event.name === 'bench:frame' && (event.ph === 'R' || event.ph === 'I' || event.ph === 'n' || event.ph === 'b'));
    const main = events.find((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && (frameMark ? event.pid === frameMark.pid : true));
    if (!frameMark || !main) throw new Error('the trace has no frame mark or renderer main thread');
    const end = frameMark.ts;
    const start = end - (timing.frame - timing.parsed) * 1000;
    const onMain = events.filter((event) => event.ph === 'X' && event.pid === main.pid && event.tid === main.tid && event.dur !== undefined);
    const sample: Record<string, number> = { 'after HTML parsed': timing.frame - timing.parsed, 'HTML parsed': timing.parsed, 'list in DOM': timing.inDom };
    for (const [group, names] of Object.entries(GROUPS)) {
      // Top-level slices of the group only (a FunctionCall inside an EvaluateScript is counted once).
      const slices = onMain.filter((event) => names.includes(event.name));
      const outer = slices.filter((event) => !slices.some((other) => other !== event && other.ts <= event.ts && other.ts + other.dur! >= event.ts + event.dur! && (other.ts < event.ts || other.dur! > event.dur!)));
      sample[group] = outer.reduce((sum, event) => sum + Math.max(0, Math.min(event.ts + event.dur!, end) - Math.max(event.ts, start)), 0) / 1000;
    }
    // The main thread's tasks (nested task slices merged): the rest of the window it was idle.
    const tasks = onMain
      .filter((event) => event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask')
      .map((event) => [Math.max(event.ts, start), Math.min(event.ts + event.dur!, end)] as const)
      .filter(([from, to]) => to > from)
      .sort((a, b) => a[0] - b[0]);
    let busy = 0;
    let reached = start;
    for (const [from, to] of tasks) {
      if (to <= reached) continue;
      busy += to - Math.max(from, reached);
      reached = to;
    }
    sample['main thread busy (tasks)'] = busy / 1000;
    samples.push(sample);
  }
  const mid = (key: string) => median(samples.map((sample) => sample[key] ?? 0));
  const afterParse = mid('after HTML parsed');
  const busy = mid('main thread busy (tasks)');
  return [
    {
      figure: `5b. options page, HTML parsed → frame with the instance list, traced (median of ${runs})`,
      value:
        `${ms(afterParse)} after HTML parsed (at ${ms(mid('HTML parsed'))}): script ${ms(mid('script'))}, style + layout ${ms(mid('style + layout'))}, ` +
        `paint + compositing ${ms(mid('paint + compositing'))}, other work in tasks ${ms(Math.max(0, busy - mid('script') - mid('style + layout') - mid('paint + compositing')))}; main thread busy ${ms(busy)} in all, idle ${ms(Math.max(0, afterParse - busy))} ` +
        '(waiting for the browser: the module and its chunks read from the extension, storage.local answered, the next frame)',
      budget: '— (where the time goes)',
      met: null,
    },
  ];
}
