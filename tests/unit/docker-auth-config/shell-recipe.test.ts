import { describe, expect, it } from 'vitest';
import { buildDockerAuthConfig, encodeAuth } from '../../../utils/docker-auth-config';
import { shellRecipeAuth as shellRecipe } from '../../support/shell-recipe';

// A small seeded generator, so that a failing case can be reproduced from its seed.
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PRINTABLE_ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const NON_ASCII = ['é', 'ß', 'ü', '中', '文', 'я', '🐳', '∑', 'Ω', '€'];

function generate(next: () => number, length: number, alphabet: string[]): string {
  let text = '';
  for (let i = 0; i < length; i += 1) text += alphabet[Math.floor(next() * alphabet.length)];
  return text;
}

function lengthBetween(next: () => number, min: number, max: number): number {
  return min + Math.floor(next() * (max - min + 1));
}

// Each case runs a real `sh` pipeline (three processes): some 300 of them take seconds on a busy
// two-core machine, beyond Vitest's 5 s default. A cap against a hang, not a speed claim.
const SPAWNS_TIMEOUT_MS = 60_000;

describe('auth equals `printf %s:%s | base64 | tr -d \\n`', () => {
  const next = random(20261125);
  const printable = [...PRINTABLE_ASCII];
  const everything = [...printable, ...NON_ASCII];
  const cases: Array<[string, string]> = [
    ['u', 's'],
    ['gitlab+deploy-token-1', 'gldt-abcdefghijklmnopqrst'],
    ['user', 'se:cr:et'],
    ['ünïcødé', 'tøkén-🐳'],
    ['x', 'y'.repeat(500)],
  ];
  for (let i = 0; i < 300; i += 1) {
    const alphabet = i % 3 === 0 ? printable : everything;
    const username = generate(next, lengthBetween(next, 1, 40), alphabet.filter((c) => c !== ':'));
    let secret = generate(next, lengthBetween(next, 1, 500), alphabet);
    if (i % 5 === 0) secret = `${secret.slice(0, 3)}:${secret.slice(3)}`;
    cases.push([username, secret]);
  }

  it('for hundreds of usernames and secrets (printable ASCII, ":" in the secret, non-ASCII, 1 to 500 long)', () => {
    for (const [username, secret] of cases) {
      expect(encodeAuth(username, secret), JSON.stringify([username, secret])).toBe(shellRecipe(username, secret));
    }
  }, SPAWNS_TIMEOUT_MS);

  it('inside compact JSON, for secrets without whitespace', () => {
    const usable = cases
      .map(([username, secret]) => [username.trim(), secret.replace(/\s/g, '')] as const)
      .filter(([username, secret]) => username !== '' && secret !== '' && !/[\u0000-\u001f]/.test(username));
    expect(usable.length).toBeGreaterThan(200);
    for (const [username, secret] of usable) {
      const outcome = buildDockerAuthConfig([{ registry: 'registry.example.com:5050', username, secret }]);
      expect(outcome.json).toBe(`{"auths":{"registry.example.com:5050":{"auth":"${shellRecipe(username, secret)}"}}}`);
    }
  }, SPAWNS_TIMEOUT_MS);
});
