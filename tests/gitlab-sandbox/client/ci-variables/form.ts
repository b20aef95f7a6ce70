// The form's model and how it becomes the Rails `variables_attributes` entry.
import type { VariableAttributes } from './api';
import type { GenerationTraits, PageConfig } from './config';
import type { Translate } from './i18n';
import { isKeyValid, isMaskable, MASK_MIN_LENGTH, unsupportedCharacters } from './validation';

export interface VariableForm {
  key: string;
  value: string;
  /** Select/listbox value: ENV_VAR / FILE, or (generation A) the localized label itself. */
  variableType: string;
  protected: boolean;
  masked: boolean;
  hidden: boolean;
  /** raw = NOT expanded ("Expand variable reference" unchecked). */
  raw: boolean;
  environmentScope: string;
  description: string;
}

export const ENV_VAR = 'ENV_VAR';
export const FILE = 'FILE';

export interface FormContext {
  config: PageConfig;
  traits: GenerationTraits;
  t: Translate;
}

/** Type options of the native select: A uses the labels as values (Vuex era), later the enum. */
export function typeOptions({ traits, t }: FormContext): { value: string; text: string }[] {
  if (traits.typeControl === 'select-labels') {
    return [t('typeVariable'), t('typeFile')].map((label) => ({ value: label, text: label }));
  }
  return [
    { value: ENV_VAR, text: t('typeVariable') },
    { value: FILE, text: t('typeFile') },
  ];
}

export function newForm(context: FormContext): VariableForm {
  const { config, traits } = context;
  const [firstType] = typeOptions(context);
  return {
    key: '',
    value: '',
    variableType: firstType?.value ?? ENV_VAR,
    protected: config.protectedByDefault,
    masked: traits.defaultMasked,
    hidden: false,
    // Before the Expand checkbox existed (A) every variable was saved expanded (raw false).
    raw: traits.hasExpand ? !traits.defaultExpanded : false,
    environmentScope: '*',
    description: '',
  };
}

/** Maps the control's value to the API type; in A by comparing with the localized File label. */
export function apiType(form: Pick<VariableForm, 'variableType'>, { traits, t }: FormContext): 'env_var' | 'file' {
  if (traits.typeControl === 'select-labels') return form.variableType === t('typeFile') ? 'file' : 'env_var';
  return form.variableType === FILE ? 'file' : 'env_var';
}

/**
 * What the drawer and the modal emit with `add-variable`: the whole variable. `hidden` exists
 * only where the form has the Visibility radios (17.4+); the parent turns it into the request.
 */
export interface AddedVariable {
  key: string;
  value: string;
  variableType: string;
  environmentScope: string;
  masked: boolean;
  hidden?: boolean;
  raw: boolean;
  protected: boolean;
  description: string;
}

export function addedVariable(form: VariableForm, { traits }: FormContext): AddedVariable {
  return {
    key: form.key,
    value: form.value,
    variableType: form.variableType,
    environmentScope: form.environmentScope,
    masked: form.masked,
    ...(traits.visibility === 'radios' ? { hidden: form.masked && form.hidden } : {}),
    raw: form.raw,
    protected: form.protected,
    description: form.description,
  };
}

/** The settings app's side: one `variables_attributes` row of the PATCH to data-endpoint. */
export function toAttributes(variable: AddedVariable, context: FormContext): VariableAttributes {
  return {
    key: variable.key,
    secret_value: variable.value,
    variable_type: apiType(variable, context),
    protected: variable.protected,
    masked: variable.masked,
    ...(variable.hidden === undefined ? {} : { hidden: variable.masked && variable.hidden }),
    raw: context.traits.hasExpand ? variable.raw : false,
    environment_scope: context.config.isInstance ? '*' : variable.environmentScope || '*',
    description: context.traits.hasDescription ? variable.description : '',
    _destroy: false,
  };
}

export interface FormState {
  keyError: boolean;
  maskError: boolean;
  canSubmit: boolean;
}

/** What the form shows and whether its submit button is enabled. */
export function formState(form: VariableForm, { config }: FormContext): FormState {
  const keyError = form.key !== '' && !isKeyValid(form.key);
  const maskOk = !form.masked || isMaskable(config, form.value, form.raw);
  return {
    keyError,
    // An empty value is not reported (nothing typed yet) but still blocks the submit.
    maskError: form.masked && form.value !== '' && !maskOk,
    canSubmit: isKeyValid(form.key) && form.value !== '' && maskOk,
  };
}

/** The key's error text (empty string = no error). */
export function keyErrorText(form: VariableForm, context: FormContext): string {
  return formState(form, context).keyError ? context.t('invalidKey') : '';
}

/**
 * The masked value's feedback, in the words of GitLab's own validation: the characters the rule
 * refuses and/or the minimum length. It is always computed (the feedback block is always in the
 * DOM); whether it shows is the form state's business.
 */
export function maskedValueFeedback(form: VariableForm, context: FormContext): string {
  const chars = unsupportedCharacters(context.config, form.value, form.raw);
  const tooShort = form.value.length < MASK_MIN_LENGTH;
  const unsupported = context.t('maskUnsupportedCharacters', { chars: chars.join(' ') });
  const minLength = context.t('maskMinLength', { count: String(MASK_MIN_LENGTH) });
  if (chars.length && tooShort) return `${unsupported} ${minLength}`;
  return chars.length ? unsupported : minLength;
}
