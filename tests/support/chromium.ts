import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/**
 * Where the Chromium for end-to-end tests is: CHROME_PATH first, then the usual places.
 * Test tools never download a browser (these machines reach no browser download site).
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH=${fromEnv} does not exist.`);
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(candidate)) return candidate;
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one (Debian: `apt-get install -y chromium`) ' +
      'or point CHROME_PATH at a Chromium binary.',
  );
}

/** Flags every test browser needs on these machines (root, no GPU, no network but loopback). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
