import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../utils/i18n/catalogues';
import { LOCALES } from '../../../utils/i18n/locales';

// The stores' listing texts (docs/store/<locale>.md): one per language the extension speaks,
// each within the stores' limits, each keeping the technical names and the privacy promise, and
// the store-sized screenshots `npm run screenshots` takes from the local GitLab (issue 17).
const ROOT = join(import.meta.dirname, '../../..');
const DIR = join(ROOT, 'docs/store');
const SCREENSHOTS = ['token-panel', 'ci-variables-filled', 'popup', 'credential-health'];
/** Width and height from a PNG's header: the signature, then the IHDR chunk (big-endian). */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8).toString('hex'), `${path} is a PNG`).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('store listing texts', () => {
  it('exist for exactly the languages the extension speaks', () => {
    expect(readdirSync(DIR).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)).sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)('%s: fits the stores, names DOCKER_AUTH_CONFIG, GitLab 15 to 18 and the privacy promise', (locale) => {
    const path = join(DIR, `${locale}.md`);
    expect(existsSync(path)).toBe(true);
    const text = readFileSync(path, 'utf8');
    // Chrome Web Store: at most 16,000 characters; addons.mozilla.org: the same order of size.
    expect(text.length).toBeGreaterThan(400);
    expect(text.length).toBeLessThanOrEqual(16_000);
    expect(text).toContain('DOCKER_AUTH_CONFIG');
    expect(text).toContain('gitlab.com');
    expect(text).toMatch(/15.*18/);
    // Five paragraphs or bullets of the same shape as English: nothing was left out.
    const bullets = (body: string) => body.split('\n').filter((line) => line.startsWith('• ')).length;
    expect(bullets(text)).toBe(bullets(readFileSync(join(DIR, 'en.md'), 'utf8')));
    expect(text).toContain('JSON');
  });

  it.each(LOCALES)('%s: names the token pages\' buttons with the labels its catalogue gives them', (locale) => {
    const text = readFileSync(join(DIR, `${locale}.md`), 'utf8');
    expect(text).toContain(CATALOGUES[locale]['button.generate']);
    expect(text).toContain(CATALOGUES[locale]['button.create-read-token']);
  });
});

describe('store screenshots', () => {
  it.each(SCREENSHOTS)('docs/store/screenshots/%s.png exists and is 1280×800, the size the stores take', (name) => {
    const path = join(DIR, 'screenshots', `${name}.png`);
    expect(existsSync(path), `${path}: run \`npm run screenshots\``).toBe(true);
    expect(pngSize(path)).toEqual({ width: 1280, height: 800 });
  });

  it('the README links every one of them', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const name of SCREENSHOTS) expect(readme).toContain(`(docs/store/screenshots/${name}.png)`);
  });
});
