import { z } from 'zod/mini';
import { storage } from '#imports';
import { HandoffTargetSchema, type HandoffTarget } from '../messaging/protocol';

/**
 * Generated DOCKER_AUTH_CONFIGs on their way from token pages to CI/CD settings pages, one per
 * target page (two projects may hand off at the same time, each to its own new tab). They live in
 * storage.session (memory only, reachable by the background alone), expire after five minutes,
 * and each is wiped as soon as it is taken, replaced by a newer one for the same page, or found
 * expired.
 */
export const HANDOFF_TTL_MS = 5 * 60 * 1000;

const PendingSchema = z.object({
  target: HandoffTargetSchema,
  json: z.string(),
  registry: z.string(),
  expiresAt: z.number(),
});
type Pending = z.infer<typeof PendingSchema>;
const PendingListSchema = z.array(PendingSchema);

const pendingItem = storage.defineItem<Pending[] | null>('session:pendingHandoffs', { fallback: null });

const sameTarget = (a: HandoffTarget, b: HandoffTarget) =>
  a.location.origin === b.location.origin &&
  a.location.relativeRoot === b.location.relativeRoot &&
  a.owner === b.owner &&
  a.fullPath.toLowerCase() === b.fullPath.toLowerCase();

// One read-and-write of the list at a time: two hand-offs answered at once must not lose one.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Every stored pending value, expired ones included. */
async function stored(): Promise<Pending[]> {
  const parsed = PendingListSchema.safeParse(await pendingItem.getValue());
  return parsed.success ? parsed.data : [];
}

async function keep(pending: Pending[]): Promise<void> {
  if (pending.length > 0) await pendingItem.setValue(pending);
  else await pendingItem.removeValue();
}

export function putHandoff(target: HandoffTarget, json: string, registry: string, now = Date.now()): Promise<void> {
  return serially(async () => {
    const others = (await stored()).filter((pending) => pending.expiresAt > now && !sameTarget(pending.target, target));
    await keep([...others, { target, json, registry, expiresAt: now + HANDOFF_TTL_MS }]);
  });
}

/** The pending value for exactly this page, once; null when there is none or it expired. */
export function takeHandoff(target: HandoffTarget, now = Date.now()): Promise<{ json: string; registry: string } | null> {
  return serially(async () => {
    const all = await stored();
    const alive = all.filter((pending) => pending.expiresAt > now);
    const found = alive.find((pending) => sameTarget(pending.target, target));
    const rest = alive.filter((pending) => pending !== found);
    // Written back when one was taken or had expired: nothing stays longer than it may.
    if (rest.length !== all.length) await keep(rest);
    return found ? { json: found.json, registry: found.registry } : null;
  });
}

/** Settings URL of the target with its variables section expanded. */
export function ciSettingsUrl(target: HandoffTarget): string {
  const root = `${target.location.origin}${target.location.relativeRoot}`;
  const path = target.fullPath.split('/').map(encodeURIComponent).join('/');
  return target.owner === 'project'
    ? `${root}/${path}/-/settings/ci_cd#js-cicd-variables-settings`
    : `${root}/groups/${path}/-/settings/ci_cd#ci-variables`;
}
