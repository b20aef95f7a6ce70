import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';
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
 * A root for rendering panels in a unit test, as a person uses them (their own clicks count:
 * issue 13), emptied after each test with everything put into the document. Call at module level.
 */
export function panelTestRoot(): () => HTMLElement {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
    vi.spyOn(eventTrust, 'isUserAction').mockReturnValue(true);
  });
  afterEach(() => {
    render(null, root);
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });
  return () => root;
}

/** Lets the panel's promises (the background's answers) and Preact's renders run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 8; i += 1) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

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
