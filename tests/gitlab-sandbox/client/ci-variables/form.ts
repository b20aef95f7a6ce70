// The form's model and how it becomes the Rails `variables_attributes` entry.
import type { VariableAttributes } from './api';
import type { GenerationTraits, PageConfig } from './config';
import type { Translate } from './i18n';
import { isKeyValid, isMaskable, unsupportedCharacters } from './validation';

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
export function apiType(form: VariableForm, { traits, t }: FormContext): 'env_var' | 'file' {
  if (traits.typeControl === 'select-labels') return form.variableType === t('typeFile') ? 'file' : 'env_var';
  return form.variableType === FILE ? 'file' : 'env_var';
}

export function toAttributes(form: VariableForm, context: FormContext): VariableAttributes {
  return {
    key: form.key,
    secret_value: form.value,
    variable_type: apiType(form, context),
    protected: form.protected,
    masked: form.masked,
    hidden: form.masked && form.hidden,
    raw: context.traits.hasExpand ? form.raw : false,
    environment_scope: context.config.isInstance ? '*' : form.environmentScope || '*',
    description: context.traits.hasDescription ? form.description : '',
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

/** The error texts the form shows (empty string = no error). */
export function errorTexts(form: VariableForm, context: FormContext): { key: string; value: string } {
  const state = formState(form, context);
  let value = '';
  if (state.maskError) {
    const chars = unsupportedCharacters(context.config, form.value, form.raw);
    value = [context.t('cannotMask'), context.t('maskRequirements')]
      .concat(chars.length ? [context.t('unsupportedCharacters', { chars: chars.join(' ') })] : [])
      .join(' ');
  }
  return { key: state.keyError ? context.t('invalidKey') : '', value };
}
