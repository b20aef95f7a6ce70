import type { Locale } from './locales';
import { de } from './messages/de';
import { en, type Catalogue } from './messages/en';
import { es } from './messages/es';
import { fr } from './messages/fr';
import { ja } from './messages/ja';
import { ko } from './messages/ko';
import { ptBR } from './messages/pt-BR';
import { ru } from './messages/ru';
import { zhCN } from './messages/zh-CN';

/** Every catalogue by locale. Extension pages may import this; the in-page code takes only its page's language. */
export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { en, de, fr, es, 'pt-BR': ptBR, ja, 'zh-CN': zhCN, ko, ru };
