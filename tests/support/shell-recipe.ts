import { spawnSync } from 'node:child_process';

/** `printf '%s:%s' "$USER" "$TOKEN" | base64 | tr -d '\n'`, run through sh: the reference every user knows. */
export function shellRecipeAuth(username: string, secret: string): string {
  const result = spawnSync('sh', ['-c', `printf '%s:%s' "$U" "$T" | base64 | tr -d '\\n'`], {
    env: { PATH: process.env.PATH, U: username, T: secret },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`sh failed: ${result.stderr}`);
  return result.stdout;
}
