import { useEffect, useRef, useState } from 'preact/hooks';
import type { BuiltConfig, CredentialHealth as Health, ExistingVariable, PageSettings, ResolvedValue, VariablesSaveResult } from '../../utils/messaging/protocol';
import { onUserAction } from '../user-action';
import { CredentialHealth } from './CredentialHealth';
import { Field } from './Field';
import { errorText, JsonField, PanelFrame } from './PanelFrame';
import { codeSlot, Sentence, usePanelText } from './text';
import { useBuiltConfig, type BuildConfig } from './use-built-config';

export type SaveMode = 'create' | 'merge' | 'replace';

export interface VariablePanelProps {
  /** A value handed over from a token page: then the credential fields are not needed. */
  preset: { json: string; registry: string } | null;
  /** Whose variables these are: the sentences that name it are written per owner. */
  owner: 'project' | 'group' | 'instance';
  /** This GitLab's settings: the variable's key (DOCKER_AUTH_CONFIG unless changed) and Protect for new variables. */
  settings: Pick<PageSettings, 'variableKey' | 'protect'>;
  /** GitLab's default for new variables on this page; null when the page did not say. */
  protectedByDefault: boolean | null;
  /** Where the variables are listed (the result of a save). */
  resultUrl: string | null;
  prefill: () => Promise<{ registry: ResolvedValue; username: ResolvedValue }>;
  /** Builds the value (the engine runs in the background: this page's script has no room for it). */
  build: BuildConfig;
  lookup: () => Promise<ExistingVariable>;
  save: (mode: SaveMode, json: string, registry: string) => Promise<VariablesSaveResult>;
  /** Closes the panel and fills GitLab's own form. */
  fillForm: (json: string, registry: string) => void;
  onClose: () => void;
  /** Checks the existing variable's credentials (issue 15); without it the panel shows no health section. */
  checkHealth?: () => Promise<Health>;
}

type Existing = { state: 'checking' } | { state: 'known'; variable: ExistingVariable } | { state: 'unknown'; error: string };

/** The in-page panel on CI/CD settings pages: credentials in, a DOCKER_AUTH_CONFIG variable out. */
export function VariablePanel(props: VariablePanelProps) {
  const t = usePanelText();
  const [secret, setSecret] = useState('');
  const [showSecret, setShowSecret] = useState(false);
  const [registry, setRegistry] = useState('');
  const [username, setUsername] = useState('');
  const [notes, setNotes] = useState<{ registry: ResolvedValue; username: ResolvedValue } | null>(null);
  const [existing, setExisting] = useState<Existing>({ state: 'checking' });
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  /** The fields a person has typed in or left: only their errors show (a prefilled form is not wrong yet). */
  const [touched, setTouched] = useState<Partial<Record<'secret' | 'registry' | 'username', true>>>({});
  /** Just created: the panel says so and offers no second save (Add to existing) until the fields change. */
  const [created, setCreated] = useState(false);
  const replaceButton = useRef<HTMLButtonElement>(null);
  const cancelReplace = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    props.lookup().then(
      (variable) => setExisting({ state: 'known', variable }),
      (error: unknown) => setExisting({ state: 'unknown', error: errorText(error, t) }),
    );
    if (props.preset) return;
    props.prefill().then(
      (resolved) => {
        setNotes(resolved);
        setRegistry((current) => current || resolved.registry.value || '');
        setUsername((current) => current || resolved.username.value || '');
      },
      () => {},
    );
  }, []);

  const built = useBuiltConfig(props.build, registry, username, secret, props.preset === null);
  const errors = built.errors;
  const json = props.preset?.json ?? built.json;
  const key = props.preset?.registry ?? built.key ?? '';
  const variable = existing.state === 'known' ? existing.variable : null;
  // Nothing acts on a JSON built from what the fields held before the last change. While busy the
  // buttons are aria-disabled, not disabled: the pressed one keeps focus.
  const ready = json !== null && !built.pending && existing.state !== 'checking';
  useEffect(() => setCreated(false), [secret, registry, username]);
  useEffect(() => {
    if (confirmReplace) cancelReplace.current?.focus();
  }, [confirmReplace]);

  async function save(mode: SaveMode) {
    if (json === null || busy) return;
    setBusy(true);
    setConfirmReplace(false);
    try {
      const answer = await props.save(mode, json, key);
      if (answer.outcome === 'exists') setExisting({ state: 'known', variable: answer.existing });
      // Once created, it exists: a second save would be a duplicate.
      if (answer.outcome === 'saved' && mode === 'create') {
        setExisting({ state: 'known', variable: { hidden: false, variableType: 'file', protected: answer.protected, masked: answer.masked } });
        setCreated(true);
      }
      setResult({ ok: answer.outcome === 'saved', text: answer.message });
    } catch (error) {
      setResult({ ok: false, text: errorText(error, t) });
    } finally {
      setBusy(false);
    }
  }

  const touch = (field: 'secret' | 'registry' | 'username') => !touched[field] && setTouched({ ...touched, [field]: true });
  const fieldError = (field: 'secret' | 'registry' | 'username') => (touched[field] ? (errors[field] ?? null) : null);
  const { variableKey: name, protect } = props.settings;
  // A new variable: this GitLab's Protect setting, else GitLab's default; an existing one keeps its own.
  const isProtected = variable ? variable.protected : protect === 'on' || (protect !== 'off' && props.protectedByDefault);
  return (
    <PanelFrame onClose={props.onClose}>
      {props.checkHealth && <CredentialHealth check={props.checkHealth} checkAtOnce={props.preset === null} />}
      {props.preset ? (
        <p class="note">{t('panel.handed-over', { registry: props.preset.registry })}</p>
      ) : (
        <>
          <Field id="dac-token" label={t('panel.token')} error={fieldError('secret')} notes={[t('panel.token-any')]}>
            <span class="row">
              <input
                id="dac-token"
                type={showSecret ? 'text' : 'password'}
                value={secret}
                spellcheck={false}
                autocomplete="off"
                aria-invalid={fieldError('secret') !== null}
                aria-describedby="dac-token-message"
                onInput={(e) => (setSecret(e.currentTarget.value), touch('secret'))}
                onBlur={() => touch('secret')}
              />
              <button type="button" class="button" aria-pressed={showSecret} onClick={() => setShowSecret(!showSecret)}>
                {showSecret ? t('panel.hide') : t('panel.show')}
              </button>
            </span>
          </Field>
          <Field id="dac-registry" label={t('panel.registry')} error={fieldError('registry')} notes={[notes?.registry.source, notes?.registry.problem]}>
            <input
              id="dac-registry"
              value={registry}
              spellcheck={false}
              autocomplete="off"
              aria-invalid={fieldError('registry') !== null}
              aria-describedby="dac-registry-message"
              onInput={(e) => (setRegistry(e.currentTarget.value), touch('registry'))}
              onBlur={() => touch('registry')}
            />
          </Field>
          <Field id="dac-username" label={t('panel.username')} error={fieldError('username')} notes={[t('panel.username-any')]}>
            <input
              id="dac-username"
              value={username}
              spellcheck={false}
              autocomplete="off"
              aria-invalid={fieldError('username') !== null}
              aria-describedby="dac-username-message"
              onInput={(e) => (setUsername(e.currentTarget.value), touch('username'))}
              onBlur={() => touch('username')}
            />
          </Field>
        </>
      )}
      <JsonField json={json} />
      <p class="note">
        <Sentence text={t('panel.type-file', { variable: codeSlot(0), command: codeSlot(1), echo: codeSlot(2) })} code={[`$${name}`, `cp "$${name}" ~/.docker/config.json`, 'echo']} />
      </p>
      <p class="note">{t(isProtected === null ? 'panel.protect-default' : isProtected ? 'panel.protect-on' : 'panel.protect-off')}</p>
      <section class="handoff" aria-label={t('panel.save-section')}>
        {existing.state === 'checking' && <p class="note">{t(`panel.looking-for.${props.owner}`, { key: name })}</p>}
        {existing.state === 'unknown' && <p class="error">{existing.error}</p>}
        {variable && !created && (
          <p class="note" data-existing={variable.hidden ? 'hidden' : 'visible'}>
            {t(variable.hidden ? `panel.exists-hidden.${props.owner}` : `panel.exists.${props.owner}`, { key: name })}
          </p>
        )}
        {/* Keyed: a pressed Save is replaced, not relabelled in place (focus then moves on, ./focus.ts). */}
        {created ? null : variable ? (
          <div class="actions" key="existing">
            {/* data-focus-next: where focus goes when the pressed Save or Replace is replaced (./focus.ts). */}
            <button
              type="button"
              class="button button-primary"
              disabled={!ready || variable.hidden}
              aria-disabled={busy}
              data-focus-next={variable.hidden ? undefined : ''}
              onClick={onUserAction(() => save('merge'))}
            >
              {t('panel.add-to-existing')}
            </button>
            <button
              ref={replaceButton}
              type="button"
              class="button"
              disabled={!ready}
              aria-disabled={busy}
              aria-expanded={confirmReplace}
              data-focus-next={variable.hidden ? '' : undefined}
              onClick={onUserAction(() => !busy && setConfirmReplace(true))}
            >
              {t('panel.replace')}
            </button>
          </div>
        ) : (
          <div class="actions" key="new">
            <button type="button" class="button button-primary" disabled={!ready} aria-disabled={busy} onClick={onUserAction(() => json && !busy && props.fillForm(json, key))}>
              {t('panel.fill-variable-form')}
            </button>
            <button type="button" class="button" disabled={!ready} aria-disabled={busy} onClick={onUserAction(() => save('create'))}>
              {t('panel.save-as-variable')}
            </button>
          </div>
        )}
        {confirmReplace && (
          <div
            class="confirm"
            role="alertdialog"
            aria-label={t('panel.replace-label', { key: name })}
            onKeyDown={(event) => {
              // Escape answers the question (no), not the whole panel.
              if (event.key !== 'Escape') return;
              event.stopPropagation();
              setConfirmReplace(false);
              replaceButton.current?.focus();
            }}
          >
            <p class="error">{t('panel.replace-question')}</p>
            <div class="actions">
              <button type="button" class="button button-primary" disabled={!ready} aria-disabled={busy} onClick={onUserAction(() => save('replace'))}>
                {t('panel.replace-yes')}
              </button>
              <button
                ref={cancelReplace}
                type="button"
                class="button"
                onClick={() => {
                  setConfirmReplace(false);
                  replaceButton.current?.focus();
                }}
              >
                {t('panel.cancel')}
              </button>
            </div>
          </div>
        )}
        {/* A live region from the start: its text (Saving…, then the outcome) is announced. */}
        <p role="status" class={result && !busy ? (result.ok ? 'ok' : 'error') : undefined} data-outcome={result && !busy ? (result.ok ? 'saved' : 'not-saved') : undefined}>
          {busy ? t('panel.saving') : result?.text}{' '}
          {!busy && result?.ok && props.resultUrl && (
            <a
              href={props.resultUrl}
              data-focus-next={created ? '' : undefined}
              onClick={(e) => (e.preventDefault(), location.assign(props.resultUrl!), location.reload())}
            >
              {t('panel.show-variables')}
            </a>
          )}
        </p>
      </section>
    </PanelFrame>
  );
}
