import { useEffect, useRef, useState } from 'preact/hooks';
import type { BuiltConfig } from '../../utils/messaging/protocol';

export type BuildConfig = (registry: string, username: string, secret: string) => Promise<BuiltConfig>;

const NOTHING_BUILT: BuiltConfig = { json: null, key: null, errors: {} };

/**
 * The DOCKER_AUTH_CONFIG for the fields as they are now, built by the engine in the background
 * (content scripts have no room for it). Only the answer to the newest request is kept.
 */
export function useBuiltConfig(build: BuildConfig, registry: string, username: string, secret: string, enabled = true): BuiltConfig {
  const [built, setBuilt] = useState<BuiltConfig>(NOTHING_BUILT);
  const latest = useRef(0);
  useEffect(() => {
    if (!enabled) return;
    const request = ++latest.current;
    build(registry, username, secret).then(
      (answer) => request === latest.current && setBuilt(answer),
      () => request === latest.current && setBuilt(NOTHING_BUILT),
    );
  }, [registry, username, secret, enabled]);
  return built;
}
