import { UIS, type Locale, type Ui } from '../gitlab-sandbox/server/index.ts';

/**
 * The GitLab generations and locales the end-to-end tests run against. By default all of them;
 * `GITLAB_UI=16.6` and/or `GITLAB_LOCALE=de` narrow a run to one (the one setting that switches
 * the suite between generations).
 */
function pick<T extends string>(name: string, all: readonly T[]): readonly T[] {
  const wanted = process.env[name];
  if (!wanted) return all;
  if (!(all as readonly string[]).includes(wanted)) throw new Error(`${name}=${wanted}: expected one of ${all.join(', ')}`);
  return [wanted as T];
}

export const GENERATIONS: readonly Ui[] = pick('GITLAB_UI', UIS);
export const LOCALES: readonly Locale[] = pick('GITLAB_LOCALE', ['en', 'de'] as const);
