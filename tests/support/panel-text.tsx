import type { VNode } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, vi } from 'vitest';
import { renderRootPerTest, settle } from './render-root';
import { eventTrust } from '../../components/user-action';
import { PanelLanguage } from '../../components/panel/text';
import { pageCatalogueOf, pageTranslator, type PageTranslate } from '../../utils/i18n/page-catalogue';
import { en } from '../../utils/i18n/messages/en';
import type { Catalogue } from '../../utils/i18n';

/** The panels' own text in English, as the background injects it on an English GitLab page. */
export const englishPanelText: PageTranslate = pageTranslator('en', pageCatalogueOf(en));

/** The panels' text from any catalogue (a translation, the pseudo-locale). */
export const panelTextOf = (catalogue: Catalogue): PageTranslate => pageTranslator('en', pageCatalogueOf(catalogue));

/** A panel rendered with its text, as the panel files render it (utils/features/token-page.tsx). */
export const withPanelText = (node: VNode, t: PageTranslate = englishPanelText) => (
  <PanelLanguage locale="en" t={t}>
    {node}
  </PanelLanguage>
);

/**
 * A root for rendering panels in a unit test (./render-root.ts), used as a person uses them: their
 * own clicks count (issue 13). Call at module level.
 */
export function panelTestRoot(): () => HTMLElement {
  const root = renderRootPerTest();
  beforeEach(() => {
    vi.spyOn(eventTrust, 'isUserAction').mockReturnValue(true);
  });
  return root;
}

export { settle };

/** The button in `root` whose text is `name`. */
export function buttonNamed(root: ParentNode, name: string): HTMLButtonElement {
  const found = Array.from(root.querySelectorAll('button')).find((element) => element.textContent?.trim() === name);
  if (!found) throw new Error(`no button ${name}; there are: ${Array.from(root.querySelectorAll('button'), (b) => b.textContent?.trim()).join(', ')}`);
  return found;
}

/** Types into a field of `root` as a person would (its value, then an input event), and lets the panel answer. */
export async function typeInto(root: ParentNode, selector: string, value: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  await act(() => {
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}
