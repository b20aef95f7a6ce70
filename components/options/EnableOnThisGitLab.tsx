import { useEffect, useState } from 'preact/hooks';
import { requestAccessAndAdd, type EnableOutcome } from '../../utils/instances/access';
import { gitLabInActiveTab, type GitLabHere } from '../../utils/instances/active-tab';
import { addressText } from '../../utils/instances/address';
import { everyPortNote, type PatternOptions } from '../../utils/instances/patterns';

/**
 * In the popup: when the active tab is a GitLab the extension does not serve yet, offers to
 * enable it, through the same permission request and registration as the options page.
 */
export function EnableOnThisGitLab({
  find = gitLabInActiveTab,
  patternOptions,
}: {
  find?: () => Promise<GitLabHere | null>;
  /** The browser's match patterns (Firefox's take no port: said before it asks). */
  patternOptions?: PatternOptions;
}) {
  const [here, setHere] = useState<GitLabHere | null>(null);
  const [outcome, setOutcome] = useState<EnableOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void find().then(setHere);
  }, [find]);
  if (!here) return null;
  const portNote = everyPortNote(here.address.origin, patternOptions);

  const enable = () => {
    setBusy(true);
    // Straight from the click: the permission request must run during the user gesture.
    requestAccessAndAdd(here.address)
      .then(setOutcome, (error: unknown) =>
        setOutcome({ ok: false, message: `Could not enable it: ${error instanceof Error ? error.message : String(error)}` }),
      )
      .finally(() => setBusy(false));
  };

  return (
    <section class="enable-here" aria-label="This GitLab" style={{ display: 'flex', flexDirection: 'column', gap: '6px', marginBottom: '10px' }}>
      {/* One live region, there from the start, for the outcome either way. */}
      <p role="status" class={outcome?.ok ? 'message-ok' : 'message-error'}>
        {outcome?.message ?? ''}
      </p>
      {outcome?.ok ? null : (
        <>
          <p>
            This page is a GitLab the extension does not work on yet: <code>{addressText(here.address)}</code>
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
            Enable on this GitLab
          </button>
        </>
      )}
    </section>
  );
}
