// The drawer (generations C-E): aside.gl-drawer[data-testid="ci-variable-drawer"].
// As on GitLab (docs/gitlab-compatibility.md): the form is reset by an IMMEDIATE watcher on the
// save result (`mutationResponse`), i.e. once while the drawer is created (before anything is
// rendered, so nothing written into the rendered form is lost) and again after a successful save;
// it never resets on its own later. The environments query starts when the drawer opens; while it
// runs the environments listbox shows GitLab UI's loading state (tied to the request, no timers).
// Saving emits `add-variable` with the whole variable; the settings app sends the request and
// answers through `mutationResponse`: the drawer stays open and shows the mutation alert.
import { defineComponent, type PropType } from 'vue';
import { addedVariable, formState, keyErrorText, maskedValueFeedback, newForm, typeOptions, type FormContext } from './form';
import { GlAlert, GlButton, GlDrawer, GlFormGroup, GlFormInput } from './gitlab-ui';
import type { Labels } from './i18n';
import EnvironmentScope from './fields/environment-scope';
import FlagCheckboxes from './fields/flag-checkboxes';
import KeyField from './fields/key-field';
import TypeListbox from './fields/type-listbox';
import TypeSelect from './fields/type-select';
import ValueField from './fields/value-field';
import VisibilityRadios from './fields/visibility-radios';

/** The settings app's answer to one `add-variable`: a new object per save. */
export interface MutationResponse {
  hasError: boolean;
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
    /** null until the first save of this drawer; then the last save's result. */
    mutationResponse: { type: Object as PropType<MutationResponse | null>, default: null },
  },
  data() {
    return {
      form: newForm(this.context),
      environments: [] as string[],
      environmentsLoading: false,
      saving: false,
      alert: null as MutationResponse | null,
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
    keyError(): string {
      return keyErrorText(this.form, this.context);
    },
    valueState(): boolean | null {
      return formState(this.form, this.context).maskError ? false : null;
    },
    valueFeedback(): string {
      return maskedValueFeedback(this.form, this.context);
    },
  },
  watch: {
    mutationResponse: {
      // Immediate: runs while the drawer is created (response null: a fresh form), then after
      // every save (success: fresh form; failure: the form keeps what was entered).
      immediate: true,
      handler(response: MutationResponse | null) {
        this.saving = false;
        this.alert = response;
        if (!response || !response.hasError) this.resetForm();
      },
    },
  },
  mounted() {
    // Instance variables have no environment scope, hence no environments query.
    if (this.context.config.isInstance) return;
    this.environmentsLoading = true;
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
    submit() {
      if (!this.canSubmit) return;
      this.saving = true;
      this.alert = null;
      this.$emit('add-variable', addedVariable(this.form, this.context));
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
        :variant="alert.hasError ? 'danger' : 'success'"
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
        :note="traits.environmentsNote"
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
      <key-field v-model="form.key" :label="labels.key" testid="ci-variable-key" :error="keyError" />
      <value-field v-model="form.value" :label="labels.value" :state="valueState" :feedback="valueFeedback" />
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
