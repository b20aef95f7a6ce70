import { useEffect, useRef, useState } from 'preact/hooks';
import { clearClipboardLater, type ClearOutcome } from './clipboard-clear';
import { onUserAction } from './user-action';

type CopyState = 'idle' | 'copied' | 'failed' | 'clearing' | ClearOutcome;

const CONFIRMATION_MS = 2000;

const MESSAGES: Record<Exclude<CopyState, 'idle'>, string> = {
  copied: 'Copied to the clipboard.',
  failed: 'The browser refused the clipboard: select the text and copy it yourself.',
  clearing: 'Copied. Cleared from the clipboard in 30 s, if you stay on this page and copy nothing else.',
  cleared: 'Cleared from the clipboard.',
  left: 'Not cleared from the clipboard: you left this page, so it may hold something else now.',
  'copied-since': 'Not cleared from the clipboard: you copied something else since.',
  refused: 'The browser did not let the extension clear the clipboard: copy something else over it.',
};

/**
 * Copies a text and says so next to the button. When the clipboard is refused, it says how to
 * copy by hand instead of failing silently. With `clearAfterCopy` answering true (the GitLab's
 * setting), the clipboard is cleared 30 s later if it can only still hold the text
 * (./clipboard-clear.ts), and the button says so.
 */
export function CopyButton(props: { text: string | null; label?: string; onCopied?: () => void; clearAfterCopy?: () => Promise<boolean> }) {
  const [state, setState] = useState<CopyState>('idle');
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
        {props.label ?? 'Copy'}
      </button>
      <span role="status" class={state === 'failed' || state === 'left' || state === 'refused' ? 'message-error' : 'message-ok'}>
        {state === 'idle' ? '' : MESSAGES[state]}
      </span>
    </span>
  );
}
