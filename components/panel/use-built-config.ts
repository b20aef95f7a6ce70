import { useEffect, useRef, useState } from 'preact/hooks';
import type { BuiltConfig } from '../../utils/messaging/protocol';

export type BuildConfig = (registry: string, username: string, secret: string) => Promise<BuiltConfig>;

/**
 * `pending`: the fields have changed since `json` was built, and the background has not answered
 * yet. The last JSON stays on screen meanwhile (no flicker while typing), but nothing may act on
 * it: it holds what the fields held before (a quick person, or a busy machine, would otherwise
 * save or copy credentials they did not type).
 */
export type BuiltConfigState = BuiltConfig & { pending: boolean };

const NOTHING_BUILT: BuiltConfig = { json: null, key: null, errors: {} };

const fieldsKey = (registry: string, username: string, secret: string) => JSON.stringify([registry, username, secret]);

/**
 * The DOCKER_AUTH_CONFIG for the fields as they are now, built by the engine in the background
 * (content scripts have no room for it). Only the answer to the newest request is kept.
 */
export function useBuiltConfig(build: BuildConfig, registry: string, username: string, secret: string, enabled = true): BuiltConfigState {
  const [built, setBuilt] = useState<{ config: BuiltConfig; for: string | null }>({ config: NOTHING_BUILT, for: null });
  const latest = useRef(0);
  const current = fieldsKey(registry, username, secret);
  useEffect(() => {
    if (!enabled) return;
    const request = ++latest.current;
    build(registry, username, secret).then(
      (answer) => request === latest.current && setBuilt({ config: answer, for: current }),
      () => request === latest.current && setBuilt({ config: NOTHING_BUILT, for: current }),
    );
  }, [current, enabled]);
  return { ...built.config, pending: enabled && built.for !== current };
}
