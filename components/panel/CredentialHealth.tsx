import { useEffect, useState } from 'preact/hooks';
import type { CredentialHealth as Health, EntryHealth } from '../../utils/messaging/protocol';
import { onUserAction } from '../user-action';
import { errorText } from './PanelFrame';

export interface CredentialHealthProps {
  /** Identifies and checks each entry of the existing variable (the background calls /jwt/auth). */
  check: () => Promise<Health>;
  /** Check as soon as the panel opens (the person opened it); else only on "Check credentials". */
  checkAtOnce: boolean;
}

type State = { state: 'idle' } | { state: 'checking' } | { state: 'done'; health: Health } | { state: 'failed'; error: string };

const HEALTH_TEXT: Record<EntryHealth['health'], string> = {
  ok: 'Works',
  warning: 'Expires soon',
  error: 'Will fail',
  unknown: 'Not known',
};

/**
 * What the existing DOCKER_AUTH_CONFIG holds and whether it still works (issue 15): per entry the
 * username, the kind of token and its name, its expiry, read_registry, and GitLab's registry
 * verdict; Renew for an entry that fails or expires soon.
 */
export function CredentialHealth(props: CredentialHealthProps) {
  const [state, setState] = useState<State>({ state: 'idle' });
  const run = () => {
    setState({ state: 'checking' });
    props.check().then(
      (health) => setState({ state: 'done', health }),
      (error: unknown) => setState({ state: 'failed', error: errorText(error) }),
    );
  };
  useEffect(() => {
    if (props.checkAtOnce) run();
  }, []);
  const health = state.state === 'done' ? state.health : null;
  if (health?.state === 'absent') return null;
  return (
    <section class="health" aria-label="Credential health" data-health-state={health?.state ?? state.state}>
      <div class="actions">
        <strong>Existing credentials</strong>
        <button type="button" class="button" disabled={state.state === 'checking'} onClick={onUserAction(run)}>
          Check credentials
        </button>
      </div>
      {state.state === 'checking' && <p class="note">Checking with GitLab…</p>}
      {state.state === 'failed' && <p class="error">{state.error}</p>}
      {health?.message && (
        <p class="error">
          {health.message} {health.renewUrl && <a href={health.renewUrl} target="_blank" rel="noopener">Create a new token</a>}
        </p>
      )}
      {health && health.entries.length > 0 && (
        <ul>
          {health.entries.map((entry) => (
            <li data-health={entry.health} data-verdict={entry.verdict}>
              <p>
                <code>{entry.registry}</code>: <strong class={entry.health === 'error' ? 'error' : entry.health === 'ok' ? 'ok' : ''}>{HEALTH_TEXT[entry.health]}</strong>
                {entry.username !== null && <> · user <code>{entry.username}</code></>}
              </p>
              <p class="note">
                {entry.identity}
                {entry.expiry && `, ${entry.expiry}`}
                {entry.readRegistry === false && ', no read_registry scope'}
                {entry.readRegistry === true && ', has read_registry'}
              </p>
              <p class={entry.verdict === 'invalid' ? 'error' : 'note'}>{entry.verdictText}</p>
              {entry.skipped && <p class="note">{entry.skipped}</p>}
              {(entry.health === 'error' || entry.health === 'warning') && entry.verdict !== 'not-checked' && health.renewUrl && (
                <a href={health.renewUrl} target="_blank" rel="noopener" data-renew>
                  Renew: create a registry read token
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
