import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale } from '../../utils/i18n';
import { isPageMessageId, type PageTranslate } from '../../utils/i18n/page-catalogue';
import { LanguageProvider } from '../i18n';

/**
 * The panels' text in the GitLab page's language: the panel file is injected with that language's
 * catalogue (utils/i18n/page-catalogue.ts), whose translator the panel gives here once. Without a
 * provider the message ids show, which the pseudo-locale test would catch.
 */
export const PanelText = createContext<PageTranslate>((id) => id);

export const usePanelText = () => useContext(PanelText);

/**
 * A panel's language, given once at its root: its own text, and the shared components' (Copy,
 * components/i18n.tsx), which read the same page catalogue; a message outside it shows its id.
 */
export function PanelLanguage(props: { locale: Locale; t: PageTranslate; children: ComponentChildren }) {
  const shared = { locale: props.locale, t: (id: string, params?: Parameters<PageTranslate>[1]) => (isPageMessageId(id) ? props.t(id, params) : id) };
  return (
    <LanguageProvider language={shared}>
      <PanelText.Provider value={props.t}>{props.children}</PanelText.Provider>
    </LanguageProvider>
  );
}

/** Marks where the n-th `code` part goes in a formatted sentence (a character no catalogue uses). */
export const codeSlot = (index: number) => `\u0000${index}`;

/**
 * A translated sentence with literal technical parts (a variable, a command) shown as code: the
 * sentence is formatted whole, with `codeSlot(n)` as those parameters, then the slots are
 * replaced by `<code>` elements. Word order stays the translation's.
 */
export function Sentence(props: { text: string; code: readonly string[] }) {
  return (
    <>
      {props.text.split(/\u0000(\d)/).map((part, index) => (index % 2 === 1 ? <code>{props.code[Number(part)]}</code> : part))}
    </>
  );
}
