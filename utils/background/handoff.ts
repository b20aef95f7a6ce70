import { z } from 'zod/mini';
import { storage } from '#imports';
import { HandoffTargetSchema, type HandoffTarget } from '../messaging/protocol';

/**
 * A generated DOCKER_AUTH_CONFIG on its way from a token page to a CI/CD settings page. It lives
 * in storage.session (memory only, reachable by the background alone), expires after five
 * minutes, and is wiped as soon as it is taken, taken for another page, or found expired.
 */
export const HANDOFF_TTL_MS = 5 * 60 * 1000;

const PendingSchema = z.object({
  target: HandoffTargetSchema,
  json: z.string(),
  registry: z.string(),
  expiresAt: z.number(),
});
type Pending = z.infer<typeof PendingSchema>;

const pendingItem = storage.defineItem<Pending | null>('session:pendingHandoff', { fallback: null });

const sameTarget = (a: HandoffTarget, b: HandoffTarget) =>
  a.location.origin === b.location.origin &&
  a.location.relativeRoot === b.location.relativeRoot &&
  a.owner === b.owner &&
  a.fullPath.toLowerCase() === b.fullPath.toLowerCase();

export async function putHandoff(target: HandoffTarget, json: string, registry: string, now = Date.now()): Promise<void> {
  await pendingItem.setValue({ target, json, registry, expiresAt: now + HANDOFF_TTL_MS });
}

/** The pending value for exactly this page, once; null when there is none or it expired. */
export async function takeHandoff(target: HandoffTarget, now = Date.now()): Promise<{ json: string; registry: string } | null> {
  const stored = PendingSchema.safeParse(await pendingItem.getValue());
  if (!stored.success) return null;
  if (stored.data.expiresAt <= now) {
    await pendingItem.removeValue();
    return null;
  }
  if (!sameTarget(stored.data.target, target)) return null;
  await pendingItem.removeValue();
  return { json: stored.data.json, registry: stored.data.registry };
}

/** Settings URL of the target with its variables section expanded. */
export function ciSettingsUrl(target: HandoffTarget): string {
  const root = `${target.location.origin}${target.location.relativeRoot}`;
  const path = target.fullPath.split('/').map(encodeURIComponent).join('/');
  return target.owner === 'project'
    ? `${root}/${path}/-/settings/ci_cd#js-cicd-variables-settings`
    : `${root}/groups/${path}/-/settings/ci_cd#ci-variables`;
}
