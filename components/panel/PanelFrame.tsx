import type { ComponentChildren } from 'preact';
import { usePanelText } from './text';
import type { PageTranslate } from '../../utils/i18n/page-catalogue';
import { ExtensionUnavailable } from '../../utils/messaging/send';

/** The dialog every in-page panel shares: title DOCKER_AUTH_CONFIG and a close button. */
export function PanelFrame(props: { onClose: () => void; children: ComponentChildren }) {
  const t = usePanelText();
  return (
    <div class="panel" role="dialog" aria-modal="true" aria-labelledby="dac-title" tabIndex={-1}>
      <header>
        <h2 id="dac-title">DOCKER_AUTH_CONFIG</h2>
        <button type="button" class="close" aria-label={t('panel.close')} onClick={() => props.onClose()}>
          ×
        </button>
      </header>
      {props.children}
    </div>
  );
}

/** The read-only result, as both panels show it. */
export function JsonField(props: { json: string | null }) {
  return (
    <div class="field">
      <label for="dac-json">DOCKER_AUTH_CONFIG</label>
      {/* autocomplete off: Chromium's session restore would otherwise write the value to disk. */}
      <textarea id="dac-json" readOnly rows={4} autocomplete="off" value={props.json ?? ''} />
    </div>
  );
}

/** What a failed request says, in the panel's language when the extension itself could not answer. */
export const errorText = (error: unknown, t: PageTranslate) =>
  error instanceof ExtensionUnavailable ? t(`panel.error.${error.reason}`) : error instanceof Error ? error.message : String(error);
