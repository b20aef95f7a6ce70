import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_GZIP_BUDGET, contentScripts, gitbeakerMarkersIn, gzipSize } from '../bench/sizes';
import { BUILT_EXTENSION } from '../support/extension';
import { BUILT_FIREFOX_EXTENSION } from '../support/firefox';

// Issue 8: the scripts GitLab's pages carry stay small and free of the API client. Reads the
// builds `npm test` makes before Vitest runs (.output/chrome-mv3 and .output/firefox-mv3); sizes
// are gzip level 9, so the verdict is the same on every machine.
for (const [browser, root] of [['Chromium', BUILT_EXTENSION], ['Firefox', BUILT_FIREFOX_EXTENSION]] as const) {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[] }>;
  };
  const scripts = contentScripts(root);

  describe(`content script bundles (${browser} build)`, () => {
    it('the build has the content scripts the manifest names', () => {
      const named = (manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []);
      expect(named.length).toBeGreaterThan(0);
      for (const path of named) expect(existsSync(join(root, path)), path).toBe(true);
      expect(scripts.length).toBeGreaterThan(0);
    });

    for (const script of scripts) {
      const name = basename(script);

      it(`${name} is at most ${CONTENT_SCRIPT_GZIP_BUDGET} bytes gzip (level 9)`, () => {
        expect(gzipSize(readFileSync(script))).toBeLessThanOrEqual(CONTENT_SCRIPT_GZIP_BUDGET);
      });

      it(`${name} carries no GitLab API client (gitbeaker)`, () => {
        expect(gitbeakerMarkersIn(script)).toEqual([]);
      });
    }
  });
}
