import { useEffect, useState } from 'preact/hooks';
import type { CredentialHealth as Health } from '../../utils/messaging/protocol';
import { onUserAction } from '../user-action';
import { errorText } from './PanelFrame';
import { codeSlot, Sentence, usePanelText } from './text';

export interface CredentialHealthProps {
  /** Identifies and checks each entry of the existing variable (the background calls /jwt/auth). */
  check: () => Promise<Health>;
  /** Check as soon as the panel opens (the person opened it); else only on "Check credentials". */
  checkAtOnce: boolean;
}

type State = { state: 'idle' } | { state: 'checking' } | { state: 'done'; health: Health } | { state: 'failed'; error: string };

/**
 * What the existing DOCKER_AUTH_CONFIG holds and whether it still works (issue 15): per entry the
 * username, the kind of token and its name, its expiry, read_registry, and GitLab's registry
 * verdict; Renew for an entry that fails or expires soon.
 */
export function CredentialHealth(props: CredentialHealthProps) {
  const t = usePanelText();
  const [state, setState] = useState<State>({ state: 'idle' });
  const run = () => {
    setState({ state: 'checking' });
    props.check().then(
      (health) => setState({ state: 'done', health }),
      (error: unknown) => setState({ state: 'failed', error: errorText(error, t) }),
    );
  };
  useEffect(() => {
    if (props.checkAtOnce) run();
  }, []);
  const health = state.state === 'done' ? state.health : null;
  if (health?.state === 'absent') return null;
  return (
    <section class="health" aria-label={t('panel.health')} data-health-state={health?.state ?? state.state}>
      <div class="actions">
        <strong>{t('panel.health.existing')}</strong>
        <button type="button" class="button" disabled={state.state === 'checking'} onClick={onUserAction(run)}>
          {t('panel.health.check')}
        </button>
      </div>
      {state.state === 'checking' && <p class="note">{t('panel.health.checking')}</p>}
      {state.state === 'failed' && <p class="error">{state.error}</p>}
      {health?.message && (
        <p class="error">
          {health.message} {health.renewUrl && <a href={health.renewUrl} target="_blank" rel="noopener">{t('panel.health.create-token')}</a>}
        </p>
      )}
      {health && health.entries.length > 0 && (
        <ul>
          {health.entries.map((entry) => (
            <li data-health={entry.health} data-verdict={entry.verdict}>
              <p>
                <code>{entry.registry}</code>: <strong class={entry.health === 'error' ? 'error' : entry.health === 'ok' ? 'ok' : ''}>{t(`panel.health.${entry.health}`)}</strong>
                {entry.username !== null && <> · <Sentence text={t('panel.health.user', { username: codeSlot(0) })} code={[entry.username]} /></>}
              </p>
              <p class="note">
                {[
                  entry.identity,
                  entry.expiry,
                  entry.readRegistry === null ? null : t(entry.readRegistry ? 'panel.health.has-read-registry' : 'panel.health.no-read-registry'),
                ]
                  .filter(Boolean)
                  .join(t('panel.list-separator'))}
              </p>
              <p class={entry.verdict === 'invalid' ? 'error' : 'note'}>{entry.verdictText}</p>
              {entry.skipped && <p class="note">{entry.skipped}</p>}
              {(entry.health === 'error' || entry.health === 'warning') && entry.verdict !== 'not-checked' && health.renewUrl && (
                <a href={health.renewUrl} target="_blank" rel="noopener" data-renew>
                  {t('panel.health.renew')}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
