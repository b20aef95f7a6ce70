import type { TokenFormField, TokenFormFillResult } from '../../utils/gitlab/token-form';
import type { Locale, MessageId, MessageParams } from '../../utils/i18n';

/** Only the helper's own messages: the panel file carries them in its page catalogue (utils/i18n/page-catalogue.ts). */
type FormHelperTranslate = (id: Extract<MessageId, `form-helper.${string}`>, params?: MessageParams) => string;

const FIELD_KEYS = {
  name: 'form-helper.field.name',
  scopes: 'form-helper.field.scopes',
  role: 'form-helper.field.role',
  expiry: 'form-helper.field.expiry',
} as const satisfies Record<TokenFormField, string>;

/**
 * What "Create registry read token" says after filling GitLab's token form: what it filled,
 * what the person sets, and that GitLab's own button creates the token. Whole sentences; the
 * fields are listed as the language lists things (Intl.ListFormat).
 */
export function sayTokenFormFill(result: TokenFormFillResult, locale: Locale, t: FormHelperTranslate): string {
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const fields = (names: readonly TokenFormField[]) => list.format(names.map((name) => t(FIELD_KEYS[name])));
  return [
    ...(result.filled.length > 0 ? [t('form-helper.filled', { fields: fields(result.filled) })] : []),
    ...(result.missing.length > 0 ? [t('form-helper.missing', { fields: fields(result.missing) })] : []),
    t('form-helper.review'),
  ].join(' ');
}
