import { CATALOGUES } from './catalogues';
import { LOCALES, type Locale } from './locales';

/** The browsers' folder name for a locale: `_locales/pt_BR`, not `pt-BR`. */
export const browserLocaleFolder = (locale: Locale) => locale.replace('-', '_');

/**
 * `_locales/<lang>/messages.json` for the manifest's name and description, written at build time
 * from the same catalogue as every other sentence, so the browser's extension list and the stores
 * show them in the browser's language. The manifest refers to them as `__MSG_extName__` and
 * `__MSG_extDescription__`.
 */
export function manifestLocaleFiles(): Array<{ relativeDest: string; contents: string }> {
  return LOCALES.map((locale) => {
    const catalogue = CATALOGUES[locale];
    const messages = {
      extName: { message: catalogue['manifest.name'] },
      extDescription: { message: catalogue['manifest.description'] },
    };
    return { relativeDest: `_locales/${browserLocaleFolder(locale)}/messages.json`, contents: `${JSON.stringify(messages, null, 2)}\n` };
  });
}
