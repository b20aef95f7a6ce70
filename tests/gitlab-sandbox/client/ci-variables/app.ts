// The settings section's root: header with the Add button, the table, and the form container of
// the generation (modal A-B, drawer C-E). Owns the list and the save request.
import { defineComponent, type PropType } from 'vue';
import { fetchVariables, saveVariable, SaveError, type ApiVariable, type VariableAttributes } from './api';
import { GENERATIONS, type PageConfig } from './config';
import DrawerForm from './drawer-form';
import type { FormContext } from './form';
import { GlAlert, GlButton } from './gitlab-ui';
import { labelsFor, translator } from './i18n';
import ModalForm from './modal-form';
import VariablesTable from './variables-table';

export default defineComponent({
  name: 'CiVariableSettings',
  components: { DrawerForm, GlAlert, GlButton, ModalForm, VariablesTable },
  props: {
    config: { type: Object as PropType<PageConfig>, required: true },
  },
  data() {
    return {
      variables: [] as ApiVariable[],
      loaded: false,
      drawerOpen: false,
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
    openForm() {
      if (this.isModal) (this.$refs.modal as unknown as { show(): void }).show();
      else this.drawerOpen = true;
    },
    /** The drawer's environments query: scopes already in use. */
    async loadEnvironments(): Promise<string[]> {
      return scopesOf(await fetchVariables(this.config.endpoint));
    },
    /** Drawer save: errors propagate to the drawer's mutation alert. */
    async saveFromDrawer(attributes: VariableAttributes): Promise<void> {
      const variables = await saveVariable(this.config.endpoint, attributes);
      await this.afterSave(variables);
    },
    /** Modal save: the modal is already closed; errors show above the table. */
    saveFromModal(attributes: VariableAttributes): void {
      this.pageError = '';
      saveVariable(this.config.endpoint, attributes)
        .then((variables) => this.afterSave(variables))
        .catch((error: unknown) => {
          this.pageError = error instanceof SaveError ? error.messages.join(' ') : this.context.t('saveError');
        });
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
          :disabled="limitReached"
          @click="openForm"
        >{{ labels.addVariable }}</gl-button>
      </div>
      <p v-if="limitReached" class="gl-text-subtle" data-testid="ci-variable-limit">{{ labels.limitReached }}</p>
      <variables-table :variables="variables" :labels="labels" :show-scope="!config.isInstance" />
      <modal-form
        v-if="isModal"
        ref="modal"
        :context="context"
        :labels="labels"
        :environments="environments"
        :save="saveFromModal"
      />
      <drawer-form
        v-else-if="drawerOpen"
        :context="context"
        :labels="labels"
        :load-environments="loadEnvironments"
        :save="saveFromDrawer"
        @close="drawerOpen = false"
      />
    </div>
  `,
});

function scopesOf(variables: ApiVariable[]): string[] {
  return [...new Set(variables.map((variable) => variable.environment_scope ?? '*'))].filter((scope) => scope !== '*');
}
