import { useEffect, useRef } from 'preact/hooks';
import type { BuildOutcome, CredentialField, CredentialInput } from '../../utils/docker-auth-config';
import { CopyButton } from '../CopyButton';
import { useT } from '../i18n';
import { CredentialFields, type FieldVisibility } from './CredentialFields';

export interface EntryState {
  id: number;
  value: CredentialInput;
  touched: FieldVisibility;
}

/** Build view: one set of fields per registry and the live result. */
export function BuilderView(props: {
  entries: EntryState[];
  outcome: BuildOutcome;
  onEntriesChange: (entries: EntryState[]) => void;
  onAddEntry: () => void;
  onCopied: () => void;
}) {
  const { entries, outcome } = props;
  const t = useT();
  const update = (id: number, change: Partial<EntryState>) =>
    props.onEntriesChange(entries.map((entry) => (entry.id === id ? { ...entry, ...change } : entry)));
  const touch = (entry: EntryState, field: CredentialField) =>
    update(entry.id, { touched: { ...entry.touched, [field]: true } });
  /** After Remove: the index whose Registry field takes focus (the removed button took it with it). */
  const focusAfterRemove = useRef<number | null>(null);
  const remove = (id: number) => {
    focusAfterRemove.current = entries.findIndex((entry) => entry.id === id);
    props.onEntriesChange(entries.filter((entry) => entry.id !== id));
  };
  useEffect(() => {
    if (focusAfterRemove.current === null) return;
    const entry = entries[Math.min(focusAfterRemove.current, entries.length - 1)];
    focusAfterRemove.current = null;
    if (entry) document.getElementById(`entry-${entry.id}-registry`)?.focus();
  }, [entries]);
  const registries = outcome.ok ? outcome.entries.length : 0;

  return (
    <form class="view" onSubmit={(event) => event.preventDefault()}>
      {entries.map((entry, index) => (
        <fieldset class="entry" key={entry.id}>
          <legend>
            {entries.length > 1 ? t('popup.registry-numbered', { index: index + 1 }) : t('popup.credentials')}
            {entries.length > 1 && (
              <button
                type="button"
                class="button button-small"
                aria-label={t('popup.remove-registry', { index: index + 1 })}
                onClick={() => remove(entry.id)}
              >
                {t('popup.remove')}
              </button>
            )}
          </legend>
          <CredentialFields
            id={`entry-${entry.id}`}
            value={entry.value}
            outcome={outcome.outcomes[index]}
            showErrors={entry.touched}
            onChange={(value) => update(entry.id, { value })}
            onBlur={(field) => touch(entry, field)}
          />
        </fieldset>
      ))}
      <button type="button" class="button" onClick={props.onAddEntry}>
        {t('popup.add-registry')}
      </button>

      <div class="field">
        <label for="result">DOCKER_AUTH_CONFIG</label>
        <textarea id="result" readOnly rows={4} autocomplete="off" value={outcome.json ?? ''} placeholder={t('popup.result.placeholder')} />
        <p class="hint" role="status">
          {outcome.ok ? t('popup.result.ready', { count: registries }) : t('popup.result.not-ready')}
        </p>
        <CopyButton text={outcome.json} onCopied={props.onCopied} />
      </div>
    </form>
  );
}
