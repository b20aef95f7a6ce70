import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every file below `dir` (a browser profile: extension storage, IndexedDB, Local and Session
 * Storage, service worker caches, logs) that contains one of `needles`, as UTF-8 or UTF-16LE
 * (Chromium keeps some strings in UTF-16). Returns "file: needle-index" lines; empty means clean.
 */
export function findSecretsAtRest(dir: string, needles: readonly string[]): string[] {
  const patterns = needles.flatMap((needle, index) => [
    { index, bytes: Buffer.from(needle, 'utf8') },
    { index, bytes: Buffer.from(needle, 'utf16le') },
  ]);
  const hits: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      let stat;
      try {
        stat = statSync(full);
      } catch {
        continue; // a socket or a file removed while we walk
      }
      if (stat.isDirectory()) walk(full);
      else if (stat.isFile()) {
        const content = readFileSync(full);
        for (const { index, bytes } of patterns) {
          if (content.indexOf(bytes) !== -1) hits.push(`${relative(dir, full)}: secret #${index}`);
        }
      }
    }
  };
  walk(dir);
  return [...new Set(hits)];
}
