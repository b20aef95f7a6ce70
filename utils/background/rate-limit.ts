/**
 * How often something may start: at most once per `perSourceMs` from one source (a tab), and at
 * most `max` times in any `windowMs` from all sources together. In the background's memory: a
 * restarted service worker starts counting again, which still bounds a burst.
 */
export interface StartLimits {
  perSourceMs: number;
  max: number;
  windowMs: number;
}

export function startLimiter(limits: StartLimits, now: () => number = Date.now) {
  const lastBySource = new Map<number, number>();
  let recent: number[] = [];
  return {
    /** Counts a start and answers 0, or answers how many seconds to wait (and counts nothing). */
    tryStart(source: number): number {
      const at = now();
      recent = recent.filter((time) => time > at - limits.windowMs);
      const last = lastBySource.get(source);
      const waitSource = last === undefined ? 0 : last + limits.perSourceMs - at;
      const waitAll = recent.length >= limits.max ? recent[0]! + limits.windowMs - at : 0;
      const wait = Math.max(waitSource, waitAll);
      if (wait > 0) return Math.ceil(wait / 1000);
      lastBySource.set(source, at);
      recent.push(at);
      return 0;
    },
  };
}
