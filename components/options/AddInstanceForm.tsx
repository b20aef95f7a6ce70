import { useState } from 'preact/hooks';
import { checkInstanceAddress, insecureWarning } from '../../utils/instances/address';
import { requestAccessAndAdd, type EnableOutcome } from '../../utils/instances/access';
import { everyPortNote, type PatternOptions } from '../../utils/instances/patterns';
import { useT } from '../i18n';

/**
 * "Add GitLab instance": an address, checked, then the browser's permission for its origin.
 * `patternOptions`: the browser's match patterns (Firefox's take no port: said before it asks).
 */
export function AddInstanceForm({ addedOrigins, patternOptions }: { addedOrigins: readonly string[]; patternOptions?: PatternOptions }) {
  const t = useT();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<EnableOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const insecure = /^\s*http:\/\//i.test(value);
  const portNote = everyPortNote(value, patternOptions, t);

  const add = (event: Event) => {
    event.preventDefault();
    setOutcome(null);
    const check = checkInstanceAddress(value, addedOrigins, t);
    if (!check.ok) {
      setError(check.error);
      return;
    }
    setError(null);
    setBusy(true);
    // Straight from the click: the permission request must run during the user gesture.
    requestAccessAndAdd(check.value, undefined, undefined, t)
      .then((result) => {
        setOutcome(result);
        if (result.ok) setValue('');
      })
      .catch((failure: unknown) =>
        setOutcome({ ok: false, message: t('options.add-failed', { reason: failure instanceof Error ? failure.message : String(failure) }) }),
      )
      .finally(() => setBusy(false));
  };

  return (
    <form class="add" onSubmit={add} noValidate>
      <h2>{t('options.add')}</h2>
      <label for="instance-url">{t('options.address')}</label>
      <p class="note" id="instance-url-help">
        {t('options.address.help')}
      </p>
      <div class="row">
        <input
          id="instance-url"
          type="url"
          inputMode="url"
          spellcheck={false}
          autoComplete="off"
          placeholder="https://gitlab.example.com"
          value={value}
          aria-describedby="instance-url-help instance-url-error"
          aria-invalid={error !== null}
          onInput={(event) => {
            setValue(event.currentTarget.value);
            setError(null);
          }}
        />
        <button type="submit" disabled={busy}>
          {t('options.add')}
        </button>
      </div>
      {insecure && (
        <p class="warning" role="note">
          {insecureWarning(t)}
        </p>
      )}
      {portNote && (
        <p class="warning" role="note" data-note="every-port">
          {portNote}
        </p>
      )}
      <p id="instance-url-error" class="error" role="alert">
        {error ?? ''}
      </p>
      {/* A live region from the start: the outcome put in it later is announced. */}
      <p role="status" class={outcome ? (outcome.ok ? 'ok' : 'error') : undefined} data-outcome={outcome ? (outcome.ok ? 'added' : 'refused') : undefined}>
        {outcome?.message ?? ''}
      </p>
    </form>
  );
}
