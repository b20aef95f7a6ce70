import { useState } from 'preact/hooks';
import type { CredentialField, CredentialInput, EntryOutcome } from '../../utils/docker-auth-config';
import type { MessageId } from '../../utils/i18n';
import { useT } from '../i18n';

export type FieldVisibility = Partial<Record<CredentialField, boolean>>;

const LABELS: Record<CredentialField, MessageId> = { registry: 'popup.field.registry', username: 'popup.field.username', secret: 'popup.field.token' };
const HINTS: Record<CredentialField, MessageId | null> = { registry: 'popup.hint.registry', username: 'popup.hint.username', secret: null };

/** Registry, Username and Token of one registry, each with its error or notes right below it. */
export function CredentialFields(props: {
  id: string;
  value: CredentialInput;
  outcome: EntryOutcome | undefined;
  showErrors: FieldVisibility;
  onChange: (value: CredentialInput) => void;
  onBlur: (field: CredentialField) => void;
}) {
  const [tokenShown, setTokenShown] = useState(false);
  const t = useT();
  const field = (name: CredentialField) => {
    const inputId = `${props.id}-${name}`;
    const error = props.showErrors[name] ? props.outcome?.errors[name] : undefined;
    const notes = props.outcome?.notes[name] ?? [];
    const isSecret = name === 'secret';
    return (
      <div class="field">
        <label for={inputId}>{t(LABELS[name])}</label>
        <div class="field-row">
          <input
            id={inputId}
            type={isSecret && !tokenShown ? 'password' : 'text'}
            value={props.value[name]}
            autocomplete="off"
            spellcheck={false}
            aria-invalid={error ? 'true' : 'false'}
            aria-describedby={`${inputId}-message`}
            onInput={(event) => props.onChange({ ...props.value, [name]: event.currentTarget.value })}
            onBlur={() => props.onBlur(name)}
          />
          {isSecret && (
            <button
              type="button"
              class="button"
              aria-pressed={tokenShown}
              aria-controls={inputId}
              onClick={() => setTokenShown(!tokenShown)}
            >
              {tokenShown ? t('popup.token.hide') : t('popup.token.show')}
            </button>
          )}
        </div>
        <div id={`${inputId}-message`}>
          {error ? (
            <p class="message-error" data-field-error={name}>
              {error}
            </p>
          ) : (
            <>
              {HINTS[name] && <p class="hint">{t(HINTS[name])}</p>}
              {notes.map((note) => (
                <p class="message-note" data-field-note={name}>
                  {note}
                </p>
              ))}
            </>
          )}
        </div>
      </div>
    );
  };
  return (
    <>
      {field('registry')}
      {field('username')}
      {field('secret')}
    </>
  );
}
