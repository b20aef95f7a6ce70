import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, normalize, sep } from 'node:path';
import { send, type Ctx } from './http.ts';

/** The vite output (npm run build:sandbox): tokens.js, ci-variables.js, their CSS and chunks. */
export const DIST_DIR = fileURLToPath(new URL('../dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json',
  '.png': 'image/png',
};

/** Serves <root>/assets/sandbox/<file> from dist; a missing file is a plain 404 (not built yet). */
export async function serveAsset(ctx: Ctx, file: string): Promise<void> {
  const target = normalize(join(DIST_DIR, decodeURIComponent(file)));
  if (!target.startsWith(DIST_DIR.endsWith(sep) ? DIST_DIR : DIST_DIR + sep)) return send(ctx, 404, 'Not Found');
  try {
    const data = await readFile(target);
    const ext = /\.[a-z0-9]+$/i.exec(target)?.[0] ?? '';
    return send(ctx, 200, data, { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
  } catch {
    return send(ctx, 404, 'Not Found', { 'Content-Type': 'text/plain' });
  }
}
