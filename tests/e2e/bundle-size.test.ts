import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentScripts, gitbeakerMarkersIn, gzipSize, panelScripts, panelTextFiles, watcherBudget, WATCHER_GZIP_BUDGET } from '../bench/sizes';
import { CATALOGUES } from '../../utils/i18n/catalogues';
import { LOCALES } from '../../utils/i18n/locales';
import { BUILT_EXTENSION } from '../support/extension';
import { BUILT_FIREFOX_EXTENSION } from '../support/firefox';

// Issue 8: the scripts GitLab's pages carry stay small and free of the API client. Issue 16: the
// content scripts are watchers (at most WATCHER_GZIP_BUDGET each, exceptions measured and said in
// tests/bench/sizes.ts); the panels are files the background injects on a click. Reads the
// builds `npm test` makes before Vitest runs (.output/chrome-mv3 and .output/firefox-mv3); sizes
// are gzip level 9, so the verdict is the same on every machine.
for (const [browser, root] of [['Chromium', BUILT_EXTENSION], ['Firefox', BUILT_FIREFOX_EXTENSION]] as const) {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[] }>;
  };
  const scripts = contentScripts(root);
  const panels = panelScripts(root);

  describe(`content script bundles (${browser} build)`, () => {
    it('the build has the content scripts the manifest names', () => {
      const named = (manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []);
      expect(named.length).toBeGreaterThan(0);
      for (const path of named) expect(existsSync(join(root, path)), path).toBe(true);
      expect(scripts.length).toBeGreaterThan(0);
    });

    it('the background and the watchers carry no UI framework (Preact renders the panels and the extension pages only)', () => {
      // WXT auto-imports any free name that matches an export of components/ (a parameter it
      // does not see as declared, say): that once brought Preact into the background.
      const withPreact = [join(root, 'background.js'), ...scripts].filter((path) => readFileSync(path, 'utf8').includes('dangerouslySetInnerHTML'));
      expect(withPreact.map((path) => basename(path))).toEqual([]);
    });

    it('has no watcher over the 3 KB target (an exception would need a measured reason in tests/bench/sizes.ts)', () => {
      // Issue 16's target is WATCHER_GZIP_BUDGET for every watcher; an exception is a decision
      // written down, never a silent raise. A new watcher over the target fails here.
      const over = scripts.map((script) => basename(script)).filter((name) => watcherBudget(name) > WATCHER_GZIP_BUDGET);
      expect(over).toEqual([]);
    });

    for (const script of scripts) {
      const name = basename(script);

      it(`${name} (a watcher) is at most ${watcherBudget(script)} bytes gzip (level 9)`, () => {
        expect(gzipSize(readFileSync(script))).toBeLessThanOrEqual(watcherBudget(script));
      });

      it(`${name} carries no GitLab API client (gitbeaker)`, () => {
        expect(gitbeakerMarkersIn(script)).toEqual([]);
      });
    }
  });

  describe(`scripts the background injects on demand (${browser} build)`, () => {
    it("are built: the token pages' display code and panel, and the CI/CD variables page's panel", () => {
      expect(panels.map((script) => basename(script))).toEqual(['token-display.js', 'token-panel.js', 'variable-panel.js']);
    });

    for (const script of panels) {
      it(`${basename(script)} carries no GitLab API client (gitbeaker)`, () => {
        expect(gitbeakerMarkersIn(script)).toEqual([]);
      });
    }

    // Issue 17: a panel speaks the page's language from a small file injected before it; no panel
    // file carries a language of its own, English included (all nine would be ~30 KB gzip in
    // each, English alone 8 KB).
    it('carry no language: their text is a catalogue file per language, injected with them', () => {
      expect(panelTextFiles(root).map((file) => basename(file))).toEqual(LOCALES.map((locale) => `${locale}.js`).sort());
      const sentences = LOCALES.flatMap((locale) => [CATALOGUES[locale]['panel.token-captured'], CATALOGUES[locale]['verify.valid'], CATALOGUES[locale]['registry.empty']]);
      for (const script of panels) {
        const text = readFileSync(script, 'utf8');
        expect(sentences.filter((sentence) => text.includes(sentence)), basename(script)).toEqual([]);
      }
    });
  });
}
