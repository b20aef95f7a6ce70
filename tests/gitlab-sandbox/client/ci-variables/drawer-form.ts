// The drawer (generations C-E): aside.gl-drawer[data-testid="ci-variable-drawer"].
// Like GitLab's, it settles after it opens: the environments query starts on mount and, when it
// resolves, a watcher resets the form ONCE — values written before that are lost (deterministic:
// tied to a request, no timers). The environment dropdown's spinner shows until then
// (admin page: no scope field, the reset follows in the next task).
// After a save the drawer stays open, resets and shows the mutation alert.
import { defineComponent, type PropType } from 'vue';
import type { VariableAttributes } from './api';
import { SaveError } from './api';
import { errorTexts, formState, newForm, toAttributes, typeOptions, type FormContext } from './form';
import { GlAlert, GlButton, GlDrawer, GlFormGroup, GlFormInput } from './gitlab-ui';
import type { Labels } from './i18n';
import EnvironmentScope from './fields/environment-scope';
import FlagCheckboxes from './fields/flag-checkboxes';
import KeyField from './fields/key-field';
import TypeListbox from './fields/type-listbox';
import TypeSelect from './fields/type-select';
import ValueField from './fields/value-field';
import VisibilityRadios from './fields/visibility-radios';

interface MutationAlert {
  variant: 'success' | 'danger';
  message: string;
}

export default defineComponent({
  name: 'CiVariableDrawer',
  components: {
    EnvironmentScope,
    FlagCheckboxes,
    GlAlert,
    GlButton,
    GlDrawer,
    GlFormGroup,
    GlFormInput,
    KeyField,
    TypeListbox,
    TypeSelect,
    ValueField,
    VisibilityRadios,
  },
  props: {
    context: { type: Object as PropType<FormContext>, required: true },
    labels: { type: Object as PropType<Labels>, required: true },
    /** GitLab's environments query; resolves to the known scopes. */
    loadEnvironments: { type: Function as PropType<() => Promise<string[]>>, required: true },
    save: { type: Function as PropType<(attributes: VariableAttributes) => Promise<void>>, required: true },
  },
  data() {
    return {
      form: newForm(this.context),
      environments: [] as string[],
      environmentsLoading: true,
      saving: false,
      alert: null as MutationAlert | null,
    };
  },
  computed: {
    traits() {
      return this.context.traits;
    },
    typeOptions(): { value: string; text: string }[] {
      return typeOptions(this.context);
    },
    canSubmit(): boolean {
      return formState(this.form, this.context).canSubmit && !this.saving;
    },
    errors(): { key: string; value: string } {
      return errorTexts(this.form, this.context);
    },
  },
  watch: {
    // The settle step: GitLab's drawer re-initialises its form when its data arrive.
    environmentsLoading(loading: boolean) {
      if (!loading) this.resetForm();
    },
  },
  mounted() {
    // Instance variables have no environment scope, hence no query: the form still settles once,
    // in the task after the opening one. (Not a microtask: a write made while opening reaches the
    // model only through GitLab UI's own watchers, a microtask later.)
    if (this.context.config.isInstance) {
      window.setTimeout(() => {
        this.environmentsLoading = false;
      }, 0);
      return;
    }
    this.loadEnvironments()
      .then((environments) => {
        this.environments = environments;
      })
      .catch(() => {
        this.environments = [];
      })
      .finally(() => {
        this.environmentsLoading = false;
      });
  },
  methods: {
    resetForm() {
      this.form = newForm(this.context);
    },
    setVisibility({ masked, hidden }: { masked: boolean; hidden: boolean }) {
      this.form.masked = masked;
      this.form.hidden = hidden;
    },
    async submit() {
      if (!this.canSubmit) return;
      const attributes = toAttributes(this.form, this.context);
      this.saving = true;
      this.alert = null;
      try {
        await this.save(attributes);
        this.alert = { variant: 'success', message: this.context.t('addSuccess', { key: attributes.key }) };
        this.resetForm();
      } catch (error) {
        const message = error instanceof SaveError ? error.messages.join(' ') : this.context.t('saveError');
        this.alert = { variant: 'danger', message };
      } finally {
        this.saving = false;
      }
    },
  },
  template: `
    <gl-drawer
      :open="true"
      data-testid="ci-variable-drawer"
      class="ci-variable-drawer"
      header-sticky
      @close="$emit('close')"
    >
      <template #title>
        <h2 class="gl-m-0 gl-text-size-h2">{{ labels.addVariableTitle }}</h2>
      </template>
      <gl-alert
        v-if="alert"
        :variant="alert.variant"
        :dismissible="true"
        class="gl-mb-3"
        data-testid="ci-variable-mutation-alert"
        @dismiss="alert = null"
      >{{ alert.message }}</gl-alert>
      <type-listbox
        v-if="traits.typeControl === 'listbox'"
        v-model="form.variableType"
        :label="labels.type"
        :label-style="traits.typeLabel"
        :options="typeOptions"
      />
      <type-select v-else v-model="form.variableType" :label="labels.type" :options="typeOptions" />
      <environment-scope
        v-if="!context.config.isInstance"
        v-model="form.environmentScope"
        :environments="environments"
        :loading="environmentsLoading"
        :labels="labels"
      />
      <visibility-radios
        v-if="traits.visibility === 'radios'"
        :masked="form.masked"
        :hidden="form.hidden"
        :labels="labels"
        @change="setVisibility"
      />
      <flag-checkboxes
        :is-protected="form.protected"
        :masked="form.masked"
        :raw="form.raw"
        :show-mask="traits.visibility === 'checkbox'"
        :show-expand="traits.hasExpand"
        :labels="labels"
        @update:protected="form.protected = $event"
        @update:masked="form.masked = $event"
        @update:raw="form.raw = $event"
      />
      <gl-form-group
        v-if="traits.hasDescription"
        :label="labels.description"
        label-for="ci-variable-description"
        :optional-text="labels.optional"
        optional
        :description="labels.descriptionHelp"
      >
        <gl-form-input id="ci-variable-description" v-model="form.description" data-testid="ci-variable-description" />
      </gl-form-group>
      <key-field v-model="form.key" :label="labels.key" testid="ci-variable-key" :error="errors.key" />
      <value-field v-model="form.value" :label="labels.value" :error="errors.value" />
      <div class="gl-flex gl-justify-end gl-gap-3">
        <gl-button category="secondary" data-testid="ci-variable-cancel-button" @click="$emit('close')">
          {{ labels.cancel }}
        </gl-button>
        <gl-button
          category="primary"
          variant="confirm"
          :disabled="!canSubmit"
          :loading="saving"
          data-testid="ci-variable-confirm-button"
          @click="submit"
        >{{ labels.addVariable }}</gl-button>
      </div>
    </gl-drawer>
  `,
});
