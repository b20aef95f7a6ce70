import type { VNode } from 'preact';
import { PanelText } from '../../components/panel/text';
import { pageCatalogueOf, pageTranslator, type PageTranslate } from '../../utils/i18n/page-catalogue';
import { en } from '../../utils/i18n/messages/en';
import type { Catalogue } from '../../utils/i18n';

/** The panels' own text in English, as the background injects it on an English GitLab page. */
export const englishPanelText: PageTranslate = pageTranslator('en', pageCatalogueOf(en));

/** The panels' text from any catalogue (a translation, the pseudo-locale). */
export const panelTextOf = (catalogue: Catalogue): PageTranslate => pageTranslator('en', pageCatalogueOf(catalogue));

/** A panel rendered with its text, as the panel files render it (utils/features/token-page.tsx). */
export const withPanelText = (node: VNode, t: PageTranslate = englishPanelText) => <PanelText.Provider value={t}>{node}</PanelText.Provider>;
