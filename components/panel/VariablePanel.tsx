import { useEffect, useState } from 'preact/hooks';
import type { BuiltConfig, CredentialHealth as Health, ExistingVariable, PageSettings, ResolvedValue, VariablesSaveResult } from '../../utils/messaging/protocol';
import { onUserAction } from '../user-action';
import { CredentialHealth } from './CredentialHealth';
import { Field } from './Field';
import { errorText, JsonField, PanelFrame } from './PanelFrame';
import { useBuiltConfig, type BuildConfig } from './use-built-config';

export type SaveMode = 'create' | 'merge' | 'replace';

export interface VariablePanelProps {
  /** A value handed over from a token page: then the credential fields are not needed. */
  preset: { json: string; registry: string } | null;
  /** "this project", "this group", "the instance". */
  scopeName: string;
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
  const [secret, setSecret] = useState('');
  const [showSecret, setShowSecret] = useState(false);
  const [registry, setRegistry] = useState('');
  const [username, setUsername] = useState('');
  const [notes, setNotes] = useState<{ registry: ResolvedValue; username: ResolvedValue } | null>(null);
  const [existing, setExisting] = useState<Existing>({ state: 'checking' });
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    props.lookup().then(
      (variable) => setExisting({ state: 'known', variable }),
      (error: unknown) => setExisting({ state: 'unknown', error: errorText(error) }),
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
  // Nothing acts on a JSON built from what the fields held before the last change.
  const ready = json !== null && !built.pending && !busy && existing.state !== 'checking';

  async function save(mode: SaveMode) {
    if (json === null) return;
    setBusy(true);
    setConfirmReplace(false);
    try {
      const answer = await props.save(mode, json, key);
      if (answer.outcome === 'exists') setExisting({ state: 'known', variable: answer.existing });
      // Once created, it exists: a second save would be a duplicate.
      if (answer.outcome === 'saved' && mode === 'create') {
        setExisting({ state: 'known', variable: { hidden: false, variableType: 'file', protected: answer.protected, masked: answer.masked } });
      }
      setResult({ ok: answer.outcome === 'saved', text: answer.message });
    } catch (error) {
      setResult({ ok: false, text: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  const touched = secret !== '' || username !== '' || registry !== '';
  const { variableKey: name, protect } = props.settings;
  // A new variable: this GitLab's Protect setting, else GitLab's default; an existing one keeps its own.
  const isProtected = variable ? variable.protected : protect === 'on' || (protect !== 'off' && props.protectedByDefault);
  return (
    <PanelFrame onClose={props.onClose}>
      {props.checkHealth && <CredentialHealth check={props.checkHealth} checkAtOnce={props.preset === null} />}
      {props.preset ? (
        <p class="note">Handed over from the token page, for {props.preset.registry}.</p>
      ) : (
        <>
          <Field id="dac-token" label="Token" error={touched ? errors.secret : null} notes={['A token with read_registry (deploy, project, group or personal).']}>
            <span class="row">
              <input
                id="dac-token"
                type={showSecret ? 'text' : 'password'}
                value={secret}
                spellcheck={false}
                autocomplete="off"
                aria-describedby="dac-token-message"
                onInput={(e) => setSecret(e.currentTarget.value)}
              />
              <button type="button" class="button" aria-pressed={showSecret} onClick={() => setShowSecret(!showSecret)}>
                {showSecret ? 'Hide' : 'Show'}
              </button>
            </span>
          </Field>
          <Field id="dac-registry" label="Registry" error={touched ? errors.registry : null} notes={[notes && `Prefilled from ${notes.registry.source}.`, notes?.registry.problem]}>
            <input id="dac-registry" value={registry} spellcheck={false} autocomplete="off" aria-describedby="dac-registry-message" onInput={(e) => setRegistry(e.currentTarget.value)} />
          </Field>
          <Field id="dac-username" label="Username" error={touched ? errors.username : null} notes={['A deploy token needs its own username; other tokens take any.']}>
            <input id="dac-username" value={username} spellcheck={false} autocomplete="off" aria-describedby="dac-username-message" onInput={(e) => setUsername(e.currentTarget.value)} />
          </Field>
        </>
      )}
      <JsonField json={json} />
      <p class="note">
        Type File: job scripts get a PATH in <code>${name}</code>. Use <code>cp "${name}" ~/.docker/config.json</code>, not <code>echo</code>.
      </p>
      <p class="note">
        {isProtected === null ? 'Protect follows GitLab\'s default. ' : isProtected ? 'It will be protected. ' : 'It will not be protected. '}
        A protected variable exists only in pipelines of protected branches and tags: elsewhere the pull fails as unauthorized.
      </p>
      <section class="handoff" aria-label="Save">
        {existing.state === 'checking' && <p class="note">Looking for a {name} in {props.scopeName}…</p>}
        {existing.state === 'unknown' && <p class="error">{existing.error}</p>}
        {variable && (
          <p class="note" data-existing={variable.hidden ? 'hidden' : 'visible'}>
            {props.scopeName[0]!.toUpperCase() + props.scopeName.slice(1)} already has a {name}.{' '}
            {variable.hidden
              ? 'It is hidden: GitLab never shows its value, so it cannot be added to. Replace it, or leave it.'
              : 'Add to existing keeps its other registries; Replace overwrites the whole value.'}
          </p>
        )}
        {variable ? (
          <div class="actions">
            <button type="button" class="button button-primary" disabled={!ready || variable.hidden} onClick={onUserAction(() => save('merge'))}>
              Add to existing
            </button>
            <button type="button" class="button" disabled={!ready} onClick={onUserAction(() => setConfirmReplace(true))}>
              Replace
            </button>
          </div>
        ) : (
          <div class="actions">
            <button type="button" class="button button-primary" disabled={!ready} onClick={onUserAction(() => json && props.fillForm(json, key))}>
              Fill variable form
            </button>
            <button type="button" class="button" disabled={!ready} onClick={onUserAction(() => save('create'))}>
              Save as CI/CD variable
            </button>
          </div>
        )}
        {confirmReplace && (
          <div class="confirm" role="alertdialog" aria-label={`Replace ${name}`}>
            <p class="error">Replace the whole value? Every registry in it now is lost.</p>
            <div class="actions">
              <button type="button" class="button button-primary" disabled={!ready} onClick={onUserAction(() => save('replace'))}>
                Yes, replace it
              </button>
              <button type="button" class="button" onClick={() => setConfirmReplace(false)}>
                Cancel
              </button>
            </div>
          </div>
        )}
        {result && (
          <p role="status" class={result.ok ? 'ok' : 'error'} data-outcome={result.ok ? 'saved' : 'not-saved'}>
            {result.text}{' '}
            {result.ok && props.resultUrl && (
              <a href={props.resultUrl} onClick={(e) => (e.preventDefault(), location.assign(props.resultUrl!), location.reload())}>
                Show the CI/CD variables
              </a>
            )}
          </p>
        )}
      </section>
    </PanelFrame>
  );
}
