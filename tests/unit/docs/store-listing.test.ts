import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../utils/i18n/locales';

// The stores' listing texts (docs/store/<locale>.md): one per language the extension speaks,
// each within the stores' limits, each keeping the technical names and the privacy promise.
const DIR = join(import.meta.dirname, '../../../docs/store');

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
});
