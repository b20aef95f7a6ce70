// GitLab's CI/CD "Add variable" form: one adapter per generation, and the filler that drives it.
export {
  detectVariableForm,
  firstFieldOfOpenForm,
  generationA,
  generationB,
  generationC,
  generationD,
  generationE,
  openFormContainer,
  VARIABLE_FORM_ADAPTERS,
} from './adapters';
export { ADD_VARIABLE_BUTTON, decideMasked, descriptionFor, environmentIsAll, fillVariableForm, FORM_PROBLEMS } from './fill';
export { noteVariablesPageData, readVariablesPageData, type VariablesPageData } from './page-data';
export type {
  VariableFormAdapter,
  VariableFormField,
  VariableFormGeneration,
  VariableFormReport,
  VariableFormRequest,
} from './types';
