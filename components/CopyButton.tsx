import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageId } from '../utils/i18n';
import { clearClipboardLater, CLIPBOARD_CLEAR_MS, type ClearOutcome } from './clipboard-clear';
import { useT } from './i18n';
import { onUserAction } from './user-action';

type CopyState = 'idle' | 'copied' | 'failed' | 'clearing' | ClearOutcome;

const CONFIRMATION_MS = 2000;

const MESSAGES: Record<Exclude<CopyState, 'idle'>, MessageId> = {
  copied: 'copy.copied',
  failed: 'copy.failed',
  clearing: 'copy.clearing',
  cleared: 'copy.cleared',
  left: 'copy.left',
  'copied-since': 'copy.copied-since',
  refused: 'copy.refused',
};

/**
 * Copies a text and says so next to the button. When the clipboard is refused, it says how to
 * copy by hand instead of failing silently. With `clearAfterCopy` answering true (the GitLab's
 * setting), the clipboard is cleared 30 s later if it can only still hold the text
 * (./clipboard-clear.ts), and the button says so.
 */
export function CopyButton(props: { text: string | null; label?: string; onCopied?: () => void; clearAfterCopy?: () => Promise<boolean> }) {
  const [state, setState] = useState<CopyState>('idle');
  const t = useT();
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  useEffect(() => {
    if (state !== 'copied' && state !== 'failed') return;
    const timer = setTimeout(() => setState('idle'), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [state]);
  useEffect(() => setState('idle'), [props.text]);

  async function copy() {
    if (props.text === null) return;
    try {
      await navigator.clipboard.writeText(props.text);
    } catch {
      setState('failed');
      return;
    }
    props.onCopied?.();
    const clear = await props.clearAfterCopy?.().catch(() => true);
    if (!clear) return setState('copied');
    setState('clearing');
    clearClipboardLater((outcome) => mounted.current && setState(outcome));
  }

  return (
    <span class="copy">
      <button type="button" class="button button-primary" disabled={props.text === null} onClick={onUserAction(copy)}>
        {props.label ?? t('copy.button')}
      </button>
      <span role="status" class={state === 'failed' || state === 'left' || state === 'refused' ? 'message-error' : 'message-ok'}>
        {state === 'idle' ? '' : t(MESSAGES[state], { seconds: CLIPBOARD_CLEAR_MS / 1000 })}
      </span>
    </span>
  );
}
