import { useEffect, useState } from 'preact/hooks';
import { requestAccessAndAdd, type EnableOutcome } from '../../utils/instances/access';
import { gitLabInActiveTab, type GitLabHere } from '../../utils/instances/active-tab';
import { addressText } from '../../utils/instances/address';
import type { Translate } from '../../utils/i18n';
import { everyPortNote, type PatternOptions } from '../../utils/instances/patterns';
import { aroundElement, useT } from '../i18n';

/**
 * In the popup: when the active tab is a GitLab the extension does not serve yet, offers to
 * enable it, through the same permission request and registration as the options page.
 */
export function EnableOnThisGitLab({
  find = gitLabInActiveTab,
  patternOptions,
}: {
  find?: (t: Translate) => Promise<GitLabHere | null>;
  /** The browser's match patterns (Firefox's take no port: said before it asks). */
  patternOptions?: PatternOptions;
}) {
  const t = useT();
  const [here, setHere] = useState<GitLabHere | null>(null);
  const [outcome, setOutcome] = useState<EnableOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void find(t).then(setHere);
  }, [find, t]);
  if (!here) return null;
  const portNote = everyPortNote(here.address.origin, patternOptions, t);
  const [beforeAddress, afterAddress] = aroundElement((address) => t('popup.not-served', { address }));

  const enable = () => {
    setBusy(true);
    // Straight from the click: the permission request must run during the user gesture.
    requestAccessAndAdd(here.address, undefined, undefined, t)
      .then(setOutcome, (error: unknown) =>
        setOutcome({ ok: false, message: t('popup.enable.failed', { reason: error instanceof Error ? error.message : String(error) }) }),
      )
      .finally(() => setBusy(false));
  };

  return (
    <section class="enable-here" aria-label={t('popup.this-gitlab')} style={{ display: 'flex', flexDirection: 'column', gap: '6px', marginBottom: '10px' }}>
      {/* One live region, there from the start, for the outcome either way. */}
      <p role="status" class={outcome?.ok ? 'message-ok' : 'message-error'}>
        {outcome?.message ?? ''}
      </p>
      {outcome?.ok ? null : (
        <>
          <p>
            {beforeAddress}
            <code>{addressText(here.address)}</code>
            {afterAddress}
          </p>
          {here.warning && (
            <p class="message-warning" role="note">
              {here.warning}
            </p>
          )}
          {portNote && (
            <p class="message-warning" role="note" data-note="every-port">
              {portNote}
            </p>
          )}
          <button type="button" class="button button-primary" onClick={enable} disabled={busy}>
            {t('popup.enable')}
          </button>
        </>
      )}
    </section>
  );
}
