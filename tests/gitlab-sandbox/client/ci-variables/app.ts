// The settings section's root: header with the Add button, the table, and the form container of
// the generation (modal A-B, drawer C-E). Owns the list and the save request: the forms emit
// `add-variable` with the whole variable, this sends `PATCH <data-endpoint>` with
// `variables_attributes` (docs/gitlab-compatibility.md).
//
// How the modal opens, as on GitLab: the Add button carries GitLab UI's modal directive
// (`v-gl-modal`), whose own click listener emits the root show event. In 15.0 the modal is always
// mounted, so any click opens it. From the Apollo era (B) the modal is rendered only after the
// button's `@click` set `showModal` (v-if). Vue 2 adds the v-on listener before the directive's,
// so on a trusted click the browser's microtask checkpoint between the two listeners lets Vue
// render the modal before the show event arrives; a scripted `click()` has no checkpoint there:
// the modal is created afterwards and stays hidden, silently, until a second click.
import { defineComponent, type PropType } from 'vue';
import { fetchVariables, saveVariable, SaveError, type ApiVariable } from './api';
import { GENERATIONS, type PageConfig } from './config';
import DrawerForm, { type MutationResponse } from './drawer-form';
import { toAttributes, type AddedVariable, type FormContext } from './form';
import { GlAlert, GlButton, GlModalDirective } from './gitlab-ui';
import { labelsFor, translator } from './i18n';
import ModalForm, { MODAL_ID } from './modal-form';
import VariablesTable from './variables-table';

export default defineComponent({
  name: 'CiVariableSettings',
  components: { DrawerForm, GlAlert, GlButton, ModalForm, VariablesTable },
  directives: { GlModal: GlModalDirective },
  props: {
    config: { type: Object as PropType<PageConfig>, required: true },
  },
  data() {
    return {
      variables: [] as ApiVariable[],
      loaded: false,
      drawerOpen: false,
      /** B: the modal exists only from the Add button's click until it is hidden again. */
      showModal: false,
      mutationResponse: null as MutationResponse | null,
      pageError: '',
    };
  },
  computed: {
    context(): FormContext {
      return { config: this.config, traits: GENERATIONS[this.config.generation], t: translator(this.config.locale) };
    },
    labels() {
      return labelsFor(this.config.locale);
    },
    isModal(): boolean {
      return this.context.traits.container === 'modal';
    },
    modalRendered(): boolean {
      return this.isModal && (this.context.traits.modalMount === 'always' || this.showModal);
    },
    /** The modal directive's target; null (no listener) for the drawer generations. */
    modalTarget(): string | null {
      return this.isModal ? MODAL_ID : null;
    },
    limitReached(): boolean {
      return this.config.maxVariableLimit > 0 && this.variables.length >= this.config.maxVariableLimit;
    },
    environments(): string[] {
      return scopesOf(this.variables);
    },
    // data-qa-selector marks the Add button only in the releases that still used it.
    addButtonAttrs(): Record<string, string> {
      return this.isModal ? { 'data-qa-selector': 'add_ci_variable_button' } : {};
    },
  },
  mounted() {
    this.refresh().catch(() => {
      this.pageError = this.context.t('loadError');
    });
  },
  methods: {
    async refresh() {
      this.variables = await fetchVariables(this.config.endpoint);
      this.loaded = true;
    },
    /** The Add button's own click listener (runs before the modal directive's). */
    openForm() {
      if (this.isModal) {
        this.showModal = true;
        return;
      }
      this.mutationResponse = null;
      this.drawerOpen = true;
    },
    onModalHidden() {
      this.showModal = false;
    },
    /** The drawer's environments query: scopes already in use. */
    async loadEnvironments(): Promise<string[]> {
      return scopesOf(await fetchVariables(this.config.endpoint));
    },
    /** Both forms emit `add-variable`; the drawer hears back through `mutationResponse`, the modal (closed by now) through the page alert. */
    async addVariable(variable: AddedVariable): Promise<void> {
      const attributes = toAttributes(variable, this.context);
      this.pageError = '';
      try {
        await this.afterSave(await saveVariable(this.config.endpoint, attributes));
        this.mutationResponse = { hasError: false, message: this.context.t('addSuccess', { key: attributes.key }) };
      } catch (error) {
        const message = error instanceof SaveError ? error.messages.join(' ') : this.context.t('saveError');
        if (this.isModal) this.pageError = message;
        else this.mutationResponse = { hasError: true, message };
      }
    },
    async afterSave(variables: ApiVariable[]) {
      if (variables.length) this.variables = variables;
      else await this.refresh();
    },
  },
  template: `
    <div class="ci-variable-settings" data-testid="ci-variable-settings">
      <gl-alert
        v-if="pageError"
        variant="danger"
        class="gl-mb-4"
        data-testid="ci-variable-error-alert"
        @dismiss="pageError = ''"
      >{{ pageError }}</gl-alert>
      <div class="gl-flex gl-items-center gl-justify-between gl-mb-4">
        <h4 class="gl-m-0">{{ labels.title }} <span class="gl-text-subtle">{{ variables.length }}</span></h4>
        <gl-button
          variant="confirm"
          category="primary"
          data-testid="add-ci-variable-button"
          v-bind="addButtonAttrs"
          v-gl-modal="modalTarget"
          :disabled="limitReached"
          @click="openForm"
        >{{ labels.addVariable }}</gl-button>
      </div>
      <p v-if="limitReached" class="gl-text-subtle" data-testid="ci-variable-limit">{{ labels.limitReached }}</p>
      <variables-table :variables="variables" :labels="labels" :show-scope="!config.isInstance" />
      <modal-form
        v-if="modalRendered"
        :context="context"
        :labels="labels"
        :environments="environments"
        @add-variable="addVariable"
        @hidden="onModalHidden"
      />
      <drawer-form
        v-else-if="!isModal && drawerOpen"
        :context="context"
        :labels="labels"
        :load-environments="loadEnvironments"
        :mutation-response="mutationResponse"
        @add-variable="addVariable"
        @close="drawerOpen = false"
      />
    </div>
  `,
});

function scopesOf(variables: ApiVariable[]): string[] {
  return [...new Set(variables.map((variable) => variable.environment_scope ?? '*'))].filter((scope) => scope !== '*');
}
