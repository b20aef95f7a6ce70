import { CATALOGUES } from './catalogues';
import { LOCALES } from './locales';
import { pageCatalogueFile, pageCatalogueScript } from './page-catalogue';

/** The in-page panels' catalogue files, one per locale, written at build time (wxt.config.ts). */
export function panelCatalogueFiles(): Array<{ relativeDest: string; contents: string }> {
  return LOCALES.map((locale) => ({ relativeDest: pageCatalogueFile(locale), contents: pageCatalogueScript(locale, CATALOGUES[locale]) }));
}
