import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { BUILT_EXTENSION } from '../support/extension';
import { kb, type Row } from './lib';

/**
 * Each content script is a WATCHER, parsed on every page it serves (issue 16): it notes GitLab's
 * mount places or page data, recognises the page and places the buttons; the panels are injected
 * on a click (panelScripts below). Budget, gzip level 9 (shared with tests/e2e/bundle-size.test.ts).
 */
export const WATCHER_GZIP_BUDGET = 3 * 1024;

/**
 * Watchers that cannot fit WATCHER_GZIP_BUDGET, with the budget that is honest and why. None
 * since the page table and path rules moved to the background ('page-context') and the token
 * displays' code to a second stage injected when GitLab shows a token (token-display.js).
 */
export const WATCHER_GZIP_BUDGET_EXCEPTIONS: Readonly<Record<string, number>> = {};

export const watcherBudget = (path: string) => WATCHER_GZIP_BUDGET_EXCEPTIONS[basename(path)] ?? WATCHER_GZIP_BUDGET;

/**
 * Strings only the GitLab API client (@gitbeaker/* and its rate limiter) brings into a bundle:
 * the API client belongs in the background, never in a content script.
 */
export const GITBEAKER_MARKERS = [
  '@gitbeaker',
  'GitbeakerRequestError',
  'GitbeakerRetryError',
  'GitbeakerTimeoutError',
  'RateLimiterMemory',
] as const;

export const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

export interface Sized {
  files: string[];
  raw: number;
  gzip: number;
}

export function sizeOf(paths: readonly string[], root = BUILT_EXTENSION): Sized {
  let raw = 0;
  let gzip = 0;
  for (const path of paths) {
    const bytes = readFileSync(path);
    raw += bytes.length;
    gzip += gzipSize(bytes);
  }
  return { files: paths.map((path) => relative(root, path)), raw, gzip };
}

export function contentScripts(root = BUILT_EXTENSION): string[] {
  const dir = join(root, 'content-scripts');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * The files the background injects (utils/background/panel-injection.ts): the panels, on a
 * click, and the token pages' display code, when GitLab shows a token.
 */
export function panelScripts(root = BUILT_EXTENSION): string[] {
  return readdirSync(root)
    .filter((name) => name.endsWith('-panel.js') || name === 'token-display.js')
    .sort()
    .map((name) => join(root, name));
}

/**
 * The panels' text, one file per language (utils/i18n/page-catalogue.ts): the background injects
 * the page's language's file just before a panel file.
 */
export function panelTextFiles(root = BUILT_EXTENSION): string[] {
  const dir = join(root, 'panel-text');
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.js')).sort().map((name) => join(dir, name)) : [];
}

export const gitbeakerMarkersIn = (path: string) => {
  const text = readFileSync(path, 'utf8');
  return GITBEAKER_MARKERS.filter((marker) => text.includes(marker));
};

/** The files an extension page loads: its html, the scripts and styles it names, and every chunk they import. */
export function pageFiles(html: string, root = BUILT_EXTENSION): string[] {
  const files = new Set<string>([join(root, html)]);
  const text = readFileSync(join(root, html), 'utf8');
  const queue: string[] = [];
  for (const match of text.matchAll(/\s(?:src|href)="([^"]+\.(?:js|css))"/g)) {
    const path = join(root, match[1]!.replace(/^\//, ''));
    if (existsSync(path)) queue.push(path);
  }
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (files.has(path)) continue;
    files.add(path);
    if (!path.endsWith('.js')) continue;
    const code = readFileSync(path, 'utf8');
    // Static (`from"./x.js"`, `import"./x.js"`) and dynamic (`import("./x.js")`) imports.
    for (const match of code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+\.js)["']/g)) {
      const spec = match[1]!;
      const target = spec.startsWith('/') ? join(root, spec.slice(1)) : resolve(dirname(path), spec);
      if (existsSync(target) && !files.has(target)) queue.push(target);
    }
  }
  return [...files];
}

/** The size a store zip of `root` would have: deflate level 9 per file plus the zip headers. */
function zipEstimate(root: string): number {
  let total = 22; // end of central directory
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const name = relative(root, path).length;
        const bytes = readFileSync(path);
        total += 30 + name + Math.min(bytes.length, deflateRawSync(bytes, { level: 9 }).length) + 46 + name;
      }
    }
  };
  walk(root);
  return total;
}

const both = (sized: Sized) => `${kb(sized.raw)} raw, ${kb(sized.gzip)} gzip`;

/** Figure 6: sizes, raw and gzip -9, of the build in `root` (the zip is looked for in .output). */
export function measureSizes(root = BUILT_EXTENSION): Row[] {
  const rows: Row[] = [];
  for (const script of contentScripts(root)) {
    const sized = sizeOf([script], root);
    const markers = gitbeakerMarkersIn(script);
    const budget = watcherBudget(script);
    rows.push({
      figure: `6. watcher (content script) ${sized.files[0]}`,
      value: `${both(sized)} (${sized.gzip} B); API client strings: ${markers.length ? markers.join(', ') : 'none'}`,
      budget: `≤ ${kb(budget)} (${budget} B) gzip, no gitbeaker`,
      met: sized.gzip <= budget && markers.length === 0,
    });
  }
  for (const script of panelScripts(root)) {
    const sized = sizeOf([script], root);
    const markers = gitbeakerMarkersIn(script);
    rows.push({
      figure: `6. panel injected on a click ${sized.files[0]}`,
      value: `${both(sized)} (${sized.gzip} B); API client strings: ${markers.length ? markers.join(', ') : 'none'}`,
      budget: 'no gitbeaker',
      met: markers.length === 0,
    });
  }
  const texts = panelTextFiles(root).map((file) => ({ file: basename(file), ...sizeOf([file], root) }));
  if (texts.length > 0) {
    const largest = texts.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    rows.push({
      figure: `6. panel text injected with a panel (panel-text/*.js, ${texts.length} languages, one per panel)`,
      value: `largest ${largest.file}: ${both(largest)}; smallest ${Math.min(...texts.map((text) => text.gzip))} B gzip`,
      budget: '—',
      met: null,
    });
  }
  const background = sizeOf([join(root, 'background.js')], root);
  rows.push({ figure: '6. background (background.js)', value: both(background), budget: '—', met: null });
  for (const html of ['popup.html', 'options.html']) {
    if (!existsSync(join(root, html))) continue;
    const sized = sizeOf(pageFiles(html, root), root);
    rows.push({
      figure: `6. ${html.replace('.html', '')} page (${sized.files.join(' + ')})`,
      value: both(sized),
      budget: '—',
      met: null,
    });
  }
  const outDir = dirname(BUILT_EXTENSION);
  const built = statSync(join(root, 'manifest.json')).mtimeMs;
  const zips = readdirSync(outDir)
    // The Chromium store zip (npm run build also writes the Firefox and sources zips beside it).
    .filter((name) => name.endsWith('-chrome.zip'))
    .map((name) => ({ name, stat: statSync(join(outDir, name)) }))
    .sort((a, b) => b.stat.mtimeMs - a.stat.mtimeMs);
  const estimate = zipEstimate(root);
  const zip = zips[0];
  rows.push({
    figure: `6. zip${zip ? ` (.output/${zip.name})` : ''}`,
    value: `${zip ? `${kb(zip.stat.size)}${zip.stat.mtimeMs + 1000 < built ? ' (stale: from an earlier `npm run build`)' : ''}; ` : 'no zip (run `npm run build`); '}this build zipped (deflate 9, estimate): ${kb(estimate)}`,
    budget: '—',
    met: null,
  });
  return rows;
}
