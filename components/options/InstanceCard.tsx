import { useEffect, useState } from 'preact/hooks';
import type { MessageId } from '../../utils/i18n';
import { addressText, insecureWarning } from '../../utils/instances/address';
import { removeInstance, requestAccessAndAdd } from '../../utils/instances/access';
import { everyPortNote, type PatternOptions } from '../../utils/instances/patterns';
import { checkSettingsForm, formOf, type Instance, type SettingsField, type SettingsForm } from '../../utils/instances/settings';
import { saveInstanceSettings } from '../../utils/instances/store';
import { CLIPBOARD_CLEAR_MS } from '../clipboard-clear';
import { useT } from '../i18n';

interface Props {
  instance: Instance;
  /** Whether the browser lets the extension read this GitLab (always for gitlab.com). */
  granted: boolean;
  /** The browser's match patterns (Firefox's take no port). */
  patternOptions?: PatternOptions;
}

const PROTECT_CHOICES: Array<{ value: SettingsForm['protect']; label: MessageId }> = [
  { value: 'gitlab', label: 'options.protect.gitlab' },
  { value: 'on', label: 'options.protect.on' },
  { value: 'off', label: 'options.protect.off' },
];

/** One GitLab: where it is, whether the extension may read it, and its settings. */
export function InstanceCard({ instance, granted, patternOptions }: Props) {
  const t = useT();
  const [form, setForm] = useState<SettingsForm>(formOf(instance.settings));
  const [errors, setErrors] = useState<Partial<Record<SettingsField, string>>>({});
  const [status, setStatus] = useState<string | null>(null);
  const address = addressText(instance);
  const id = instance.origin.replace(/[^A-Za-z0-9]/g, '-');
  const storedText = JSON.stringify(instance.settings);
  const portNote = instance.builtIn ? null : everyPortNote(instance.origin, patternOptions, t);
  useEffect(() => setForm(formOf(instance.settings)), [storedText]);

  const update = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setStatus(null);
  };
  const save = (event: Event) => {
    event.preventDefault();
    const check = checkSettingsForm(form, t);
    if (!check.ok) {
      setErrors(check.errors);
      // Said in the card's live region, and focus on the first field marked (its error is its description).
      setStatus(t('options.not-saved.marked'));
      const first = check.errors.registry !== undefined ? 'registry' : 'key';
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setErrors({});
    saveInstanceSettings(instance.origin, check.value).then(
      () => setStatus(t('options.saved')),
      (error: unknown) => setStatus(t('options.not-saved', { reason: error instanceof Error ? error.message : String(error) })),
    );
  };
  const remove = () => {
    removeInstance(instance.origin).catch((error: unknown) =>
      setStatus(t('options.remove-failed', { reason: error instanceof Error ? error.message : String(error) })),
    );
  };
  const grantAgain = () => {
    // From the click, as for adding: the browser asks only during the user gesture.
    requestAccessAndAdd(instance, undefined, undefined, t).then((outcome) => setStatus(outcome.message));
  };

  return (
    <li class="instance" aria-labelledby={`${id}-name`} data-origin={instance.origin}>
      <header>
        <h3 id={`${id}-name`}>{address}</h3>
        {instance.builtIn ? (
          <span class="badge">{t('options.built-in')}</span>
        ) : (
          <button type="button" class="remove" onClick={remove} aria-label={t('options.remove-instance', { address })}>
            {t('options.remove')}
          </button>
        )}
      </header>
      {!instance.builtIn && instance.origin.startsWith('http:') && (
        <p class="warning" role="note">
          {insecureWarning(t)}
        </p>
      )}
      {portNote && (
        <p class="warning" role="note" data-note="every-port">
          {portNote}
        </p>
      )}
      {!granted && (
        <p class="error" data-access="missing">
          {t('options.access-missing')}{' '}
          <button type="button" onClick={grantAgain}>
            {t('options.allow-again')}
          </button>
        </p>
      )}
      <form class="settings" onSubmit={save} noValidate>
        <div class="field">
          <label for={`${id}-registry`}>{t('options.registry')}</label>
          <input
            id={`${id}-registry`}
            spellcheck={false}
            placeholder={t('options.registry.placeholder')}
            value={form.registry}
            aria-invalid={errors.registry !== undefined}
            aria-describedby={`${id}-registry-note`}
            onInput={(event) => update('registry', event.currentTarget.value)}
          />
          <p class={errors.registry ? 'error' : 'note'} id={`${id}-registry-note`}>
            {errors.registry ?? t('options.registry.note')}
          </p>
        </div>
        <div class="field">
          <label for={`${id}-protect`}>{t('options.protect')}</label>
          <select
            id={`${id}-protect`}
            value={form.protect}
            onChange={(event) => update('protect', event.currentTarget.value as SettingsForm['protect'])}
          >
            {PROTECT_CHOICES.map((choice) => (
              <option value={choice.value}>{t(choice.label)}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${id}-key`}>{t('options.variable-key')}</label>
          <input
            id={`${id}-key`}
            spellcheck={false}
            value={form.variableKey}
            aria-invalid={errors.variableKey !== undefined}
            aria-describedby={`${id}-key-note`}
            onInput={(event) => update('variableKey', event.currentTarget.value)}
          />
          <p class={errors.variableKey ? 'error' : 'note'} id={`${id}-key-note`}>
            {errors.variableKey ?? t('options.variable-key.note')}
          </p>
        </div>
        <label class="check">
          <input
            type="checkbox"
            checked={form.saveAutomatically}
            onChange={(event) => update('saveAutomatically', event.currentTarget.checked)}
          />
          {t('options.save-automatically')}
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={form.clearClipboard}
            onChange={(event) => update('clearClipboard', event.currentTarget.checked)}
          />
          {t('options.clear-clipboard', { seconds: CLIPBOARD_CLEAR_MS / 1000 })}
        </label>
        <div class="field">
          <label for={`${id}-warn-days`}>{t('options.warn-days')}</label>
          <input
            id={`${id}-warn-days`}
            inputMode="numeric"
            value={form.warnDays}
            aria-invalid={errors.warnDays !== undefined}
            aria-describedby={`${id}-warn-days-note`}
            onInput={(event) => update('warnDays', event.currentTarget.value)}
          />
          <p class={errors.warnDays ? 'error' : 'note'} id={`${id}-warn-days-note`}>
            {errors.warnDays ?? t('options.warn-days.note')}
          </p>
        </div>
        <div class="actions">
          <button type="submit">{t('options.save')}</button>
          <span role="status">{status ?? ''}</span>
        </div>
      </form>
    </li>
  );
}
