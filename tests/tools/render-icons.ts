// Renders public/icon/{16,32,48,128}.png from one SVG with the test Chromium.
// Run after changing the drawing: `npx tsx tests/tools/render-icons.ts`. The PNGs are committed.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../support/chromium';

// An orange tile (GitLab's palette) holding a JSON brace pair around a key hole: "credentials as JSON".
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#e24329"/>
  <path d="M44 24c-12 0-16 6-16 16v12c0 6-4 10-10 12 6 2 10 6 10 12v12c0 10 4 16 16 16" fill="none" stroke="#fff" stroke-width="11" stroke-linecap="round"/>
  <path d="M84 24c12 0 16 6 16 16v12c0 6 4 10 10 12-6 2-10 6-10 12v12c0 10-4 16-16 16" fill="none" stroke="#fff" stroke-width="11" stroke-linecap="round"/>
  <circle cx="64" cy="54" r="13" fill="#fff"/>
  <rect x="57" y="58" width="14" height="30" rx="4" fill="#fff"/>
</svg>`;

const outDir = resolve(import.meta.dirname, '../../public/icon');
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<body style="margin:0">${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
  await page.screenshot({ path: resolve(outDir, `${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
