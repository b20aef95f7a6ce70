import { useEffect, useState } from 'preact/hooks';
import type { GitLabLocation, ResolvedValue, VerifyResult } from '../../utils/messaging/protocol';
import { CopyButton } from '../CopyButton';
import { onUserAction } from '../user-action';
import { Field } from './Field';
import { errorText, JsonField, PanelFrame } from './PanelFrame';
import { usePanelText } from './text';
import { useBuiltConfig, type BuildConfig } from './use-built-config';

/** Where "Fill CI/CD variable" sends the JSON; null for a personal token: the person names it. */
export type HandoffScope = { owner: 'project' | 'group'; fullPath: string } | null;

export interface TokenPanelProps {
  /** The token GitLab just showed, captured from the page; never editable here. */
  secret: string;
  /** A deploy token's own username (the registry checks it exactly); null otherwise. */
  lockedUsername: string | null;
  location: GitLabLocation;
  handoffScope: HandoffScope;
  projectPath: string | null;
  resolveContext: () => Promise<{ registry: ResolvedValue; username: ResolvedValue }>;
  build: BuildConfig;
  verify: (username: string, secret: string) => Promise<VerifyResult>;
  handOff: (target: { owner: 'project' | 'group'; fullPath: string }, json: string, registry: string) => Promise<string>;
  /** Whether to clear the clipboard 30 s after Copy: this GitLab's setting, asked at Copy. */
  clearClipboard: () => Promise<boolean>;
  onClose: () => void;
}

const lastFour = (secret: string) => `…${secret.slice(-4)}`;

/** The in-page panel on token pages: the captured token becomes a DOCKER_AUTH_CONFIG. */
export function TokenPanel(props: TokenPanelProps) {
  const t = usePanelText();
  const [registry, setRegistry] = useState('');
  const [username, setUsername] = useState(props.lockedUsername ?? '');
  const [context, setContext] = useState<{ registry: ResolvedValue; username: ResolvedValue } | null>(null);
  const [contextError, setContextError] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<VerifyResult | null>(null);
  const [busy, setBusy] = useState<'verify' | 'handoff' | null>(null);
  const [handoffMessage, setHandoffMessage] = useState<string | null>(null);
  const [targetOwner, setTargetOwner] = useState<'project' | 'group'>('project');
  const [targetPath, setTargetPath] = useState('');

  useEffect(() => {
    let cancelled = false;
    props.resolveContext().then(
      (resolved) => {
        if (cancelled) return;
        setContext(resolved);
        setRegistry((current) => current || resolved.registry.value || '');
        if (!props.lockedUsername) setUsername((current) => current || resolved.username.value || '');
      },
      (error: unknown) => !cancelled && setContextError(errorText(error, t)),
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const built = useBuiltConfig(props.build, registry, username, props.secret);
  const errors = built.errors;
  // What Copy and Fill CI/CD variable may act on: nothing while the JSON is being rebuilt.
  const json = built.pending ? null : built.json;
  useEffect(() => setVerdict(null), [username]);

  const target = props.handoffScope ?? (targetPath.trim() ? { owner: targetOwner, fullPath: targetPath.trim().replace(/^\/+|\/+$/g, '') } : null);

  async function verify() {
    if (built.json === null || busy !== null) return;
    setBusy('verify');
    try {
      setVerdict(await props.verify(username.trim(), props.secret.trim()));
    } catch (error) {
      setVerdict({ verdict: 'unknown', message: errorText(error, t) });
    } finally {
      setBusy(null);
    }
  }

  async function handOff() {
    if (json === null || built.key === null || !target || busy !== null) return;
    setBusy('handoff');
    try {
      setHandoffMessage(await props.handOff(target, json, built.key));
    } catch (error) {
      setHandoffMessage(errorText(error, t));
    } finally {
      setBusy(null);
    }
  }

  return (
    <PanelFrame onClose={props.onClose}>
      {contextError && <p class="error">{t('panel.context-failed', { error: contextError })}</p>}
      <Field
        id="dac-registry"
        label={t('panel.registry')}
        error={registry !== '' || context ? errors.registry : null}
        notes={[context ? context.registry.source : t('panel.looking-up-registry'), context?.registry.problem]}
      >
        <input
          id="dac-registry"
          value={registry}
          spellcheck={false}
          autocomplete="off"
          aria-invalid={Boolean(registry !== '' || context ? errors.registry : null)}
          aria-describedby="dac-registry-message"
          onInput={(e) => setRegistry(e.currentTarget.value)}
        />
      </Field>
      <Field
        id="dac-username"
        label={t('panel.username')}
        error={username !== '' || context ? errors.username : null}
        notes={
          props.lockedUsername
            ? [t('panel.deploy-username')]
            : [context ? context.username.source : t('panel.looking-up-username'), context?.username.problem]
        }
      >
        <input
          id="dac-username"
          value={username}
          readOnly={props.lockedUsername !== null}
          spellcheck={false}
          autocomplete="off"
          aria-invalid={Boolean(username !== '' || context ? errors.username : null)}
          aria-describedby="dac-username-message"
          onInput={(e) => setUsername(e.currentTarget.value)}
        />
      </Field>
      <Field id="dac-token" label={t('panel.token')} error={errors.secret} notes={[t('panel.token-captured')]}>
        <output id="dac-token" class="token" aria-describedby="dac-token-message">
          {lastFour(props.secret.trim())}
        </output>
      </Field>
      <JsonField json={built.json} />
      <div class="actions">
        <CopyButton text={json} label={t('panel.copy')} clearAfterCopy={props.clearClipboard} />
        {/* Busy: aria-disabled, not disabled, so that the pressed button keeps focus meanwhile. */}
        <button type="button" class="button" disabled={built.json === null} aria-disabled={busy !== null} onClick={onUserAction(verify)}>
          {t('panel.verify')}
        </button>
      </div>
      {/* Live regions exist, empty, before anything is said in them: screen readers announce the change. */}
      <p role="status" class={verdict ? (verdict.verdict === 'valid' ? 'ok' : 'error') : undefined} data-verdict={verdict?.verdict}>
        {verdict?.message ?? (busy === 'verify' ? t('panel.verifying') : '')}
      </p>
      <section class="handoff" aria-label={t('panel.fill-ci-variable')}>
        {props.handoffScope === null && (
          <div class="target">
            <fieldset>
              <legend>{t('panel.save-in')}</legend>
              <label>
                <input type="radio" name="dac-owner" checked={targetOwner === 'project'} onChange={() => setTargetOwner('project')} /> {t('panel.a-project')}
              </label>
              <label>
                <input type="radio" name="dac-owner" checked={targetOwner === 'group'} onChange={() => setTargetOwner('group')} /> {t('panel.a-group')}
              </label>
            </fieldset>
            <Field id="dac-target" label={t('panel.path')} notes={[t('panel.path-example')]}>
              <input id="dac-target" autocomplete="off" value={targetPath} spellcheck={false} aria-describedby="dac-target-message" onInput={(e) => setTargetPath(e.currentTarget.value)} />
            </Field>
          </div>
        )}
        <button type="button" class="button button-primary" disabled={json === null || !target} aria-disabled={busy !== null} onClick={onUserAction(handOff)}>
          {t('panel.fill-ci-variable')}
        </button>
        <p role="status">{handoffMessage ?? ''}</p>
      </section>
    </PanelFrame>
  );
}
