import { useEffect, useState } from 'preact/hooks';
import { onUserAction } from './user-action';

type CopyState = 'idle' | 'copied' | 'failed';

const CONFIRMATION_MS = 2000;

/**
 * Copies a text and says so next to the button. When the clipboard is refused, it says how to
 * copy by hand instead of failing silently.
 */
export function CopyButton(props: { text: string | null; label?: string; onCopied?: () => void }) {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [state]);
  useEffect(() => setState('idle'), [props.text]);

  async function copy() {
    if (props.text === null) return;
    try {
      await navigator.clipboard.writeText(props.text);
      setState('copied');
      props.onCopied?.();
    } catch {
      setState('failed');
    }
  }

  return (
    <span class="copy">
      <button type="button" class="button button-primary" disabled={props.text === null} onClick={onUserAction(copy)}>
        {props.label ?? 'Copy'}
      </button>
      <span role="status" class={state === 'failed' ? 'message-error' : 'message-ok'}>
        {state === 'copied' ? 'Copied to the clipboard.' : state === 'failed' ? 'The browser refused the clipboard: select the text and copy it yourself.' : ''}
      </span>
    </span>
  );
}
