import { useEffect, useState } from 'preact/hooks';
import { addressText, INSECURE_WARNING } from '../../utils/instances/address';
import { removeInstance, requestAccessAndAdd } from '../../utils/instances/access';
import { everyPortNote, type PatternOptions } from '../../utils/instances/patterns';
import { checkSettingsForm, formOf, type Instance, type SettingsField, type SettingsForm } from '../../utils/instances/settings';
import { saveInstanceSettings } from '../../utils/instances/store';

interface Props {
  instance: Instance;
  /** Whether the browser lets the extension read this GitLab (always for gitlab.com). */
  granted: boolean;
  /** The browser's match patterns (Firefox's take no port). */
  patternOptions?: PatternOptions;
}

const PROTECT_CHOICES: Array<{ value: SettingsForm['protect']; label: string }> = [
  { value: 'gitlab', label: "GitLab's default" },
  { value: 'on', label: 'On' },
  { value: 'off', label: 'Off' },
];

/** One GitLab: where it is, whether the extension may read it, and its settings. */
export function InstanceCard({ instance, granted, patternOptions }: Props) {
  const [form, setForm] = useState<SettingsForm>(formOf(instance.settings));
  const [errors, setErrors] = useState<Partial<Record<SettingsField, string>>>({});
  const [status, setStatus] = useState<string | null>(null);
  const address = addressText(instance);
  const id = instance.origin.replace(/[^A-Za-z0-9]/g, '-');
  const storedText = JSON.stringify(instance.settings);
  const portNote = instance.builtIn ? null : everyPortNote(instance.origin, patternOptions);
  useEffect(() => setForm(formOf(instance.settings)), [storedText]);

  const update = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setStatus(null);
  };
  const save = (event: Event) => {
    event.preventDefault();
    const check = checkSettingsForm(form);
    if (!check.ok) {
      setErrors(check.errors);
      // Said in the card's live region, and focus on the first field marked (its error is its description).
      setStatus('Not saved: correct the marked field.');
      const first = check.errors.registry !== undefined ? 'registry' : 'key';
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setErrors({});
    saveInstanceSettings(instance.origin, check.value).then(
      () => setStatus('Saved.'),
      (error: unknown) => setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  const remove = () => {
    removeInstance(instance.origin).catch((error: unknown) =>
      setStatus(`Could not remove it: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  const grantAgain = () => {
    // From the click, as for adding: the browser asks only during the user gesture.
    requestAccessAndAdd(instance).then((outcome) => setStatus(outcome.message));
  };

  return (
    <li class="instance" aria-labelledby={`${id}-name`} data-origin={instance.origin}>
      <header>
        <h3 id={`${id}-name`}>{address}</h3>
        {instance.builtIn ? (
          <span class="badge">built in</span>
        ) : (
          <button type="button" class="remove" onClick={remove} aria-label={`Remove ${address}`}>
            Remove
          </button>
        )}
      </header>
      {!instance.builtIn && instance.origin.startsWith('http:') && (
        <p class="warning" role="note">
          {INSECURE_WARNING}
        </p>
      )}
      {portNote && (
        <p class="warning" role="note" data-note="every-port">
          {portNote}
        </p>
      )}
      {!granted && (
        <p class="error" data-access="missing">
          The browser no longer lets the extension read this GitLab, so its pages get no buttons.{' '}
          <button type="button" onClick={grantAgain}>
            Allow access again
          </button>
        </p>
      )}
      <form class="settings" onSubmit={save} noValidate>
        <div class="field">
          <label for={`${id}-registry`}>Registry host</label>
          <input
            id={`${id}-registry`}
            spellcheck={false}
            placeholder="from GitLab's API"
            value={form.registry}
            aria-invalid={errors.registry !== undefined}
            aria-describedby={`${id}-registry-note`}
            onInput={(event) => update('registry', event.currentTarget.value)}
          />
          <p class={errors.registry ? 'error' : 'note'} id={`${id}-registry-note`}>
            {errors.registry ??
              'host[:port]. When set, it wins over the registry GitLab names for a project. Leave empty to use that.'}
          </p>
        </div>
        <div class="field">
          <label for={`${id}-protect`}>Protect new variables</label>
          <select
            id={`${id}-protect`}
            value={form.protect}
            onChange={(event) => update('protect', event.currentTarget.value as SettingsForm['protect'])}
          >
            {PROTECT_CHOICES.map((choice) => (
              <option value={choice.value}>{choice.label}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${id}-key`}>Variable key</label>
          <input
            id={`${id}-key`}
            spellcheck={false}
            value={form.variableKey}
            aria-invalid={errors.variableKey !== undefined}
            aria-describedby={`${id}-key-note`}
            onInput={(event) => update('variableKey', event.currentTarget.value)}
          />
          <p class={errors.variableKey ? 'error' : 'note'} id={`${id}-key-note`}>
            {errors.variableKey ?? 'DOCKER_AUTH_CONFIG unless your jobs read another name.'}
          </p>
        </div>
        <label class="check">
          <input
            type="checkbox"
            checked={form.saveAutomatically}
            onChange={(event) => update('saveAutomatically', event.currentTarget.checked)}
          />
          Save automatically (add the variable without a further click)
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={form.clearClipboard}
            onChange={(event) => update('clearClipboard', event.currentTarget.checked)}
          />
          Clear the clipboard 30 s after Copy in the panel (if it can only still hold the copied JSON)
        </label>
        <div class="field">
          <label for={`${id}-warn-days`}>Warn before a token expires (days)</label>
          <input
            id={`${id}-warn-days`}
            inputMode="numeric"
            value={form.warnDays}
            aria-invalid={errors.warnDays !== undefined}
            aria-describedby={`${id}-warn-days-note`}
            onInput={(event) => update('warnDays', event.currentTarget.value)}
          />
          <p class={errors.warnDays ? 'error' : 'note'} id={`${id}-warn-days-note`}>
            {errors.warnDays ?? "The CI/CD variables page warns when the token in the variable's description expires within this many days."}
          </p>
        </div>
        <div class="actions">
          <button type="submit">Save settings</button>
          <span role="status">{status ?? ''}</span>
        </div>
      </form>
    </li>
  );
}
