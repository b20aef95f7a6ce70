// The modal (generations A, B): GlModal #add-ci-variable, lazy (its content renders only while
// shown). It is opened by the Add button's modal directive (`v-gl-modal`), which emits the show
// event on the root; only a modal that exists at that moment opens (docs/gitlab-compatibility.md).
// A (Vuex era): always mounted (`static`), so any click opens it; the Type select's option values
// are the localized labels; no Expand checkbox.
// B (Apollo era): rendered on demand by the settings app (see app.ts); ENV_VAR / FILE and the
// Expand checkbox (raw rule = strict rule on 15.11 unless the feature flag is on).
// Saving emits `add-variable` with the whole variable and closes the modal at once; the settings
// app sends the request and shows errors above the table. Closing resets the form and emits
// `hidden`.
import { defineComponent, type PropType } from 'vue';
import { addedVariable, formState, keyErrorText, maskedValueFeedback, newForm, typeOptions, type FormContext } from './form';
import { GlButton, GlModal } from './gitlab-ui';
import type { Labels } from './i18n';
import EnvironmentScope from './fields/environment-scope';
import FlagCheckboxes from './fields/flag-checkboxes';
import KeyField from './fields/key-field';
import TypeSelect from './fields/type-select';
import ValueField from './fields/value-field';

export const MODAL_ID = 'add-ci-variable';

export default defineComponent({
  name: 'CiVariableModal',
  MODAL_ID,
  components: { EnvironmentScope, FlagCheckboxes, GlButton, GlModal, KeyField, TypeSelect, ValueField },
  props: {
    context: { type: Object as PropType<FormContext>, required: true },
    labels: { type: Object as PropType<Labels>, required: true },
    environments: { type: Array as PropType<string[]>, required: true },
  },
  data() {
    return { form: newForm(this.context) };
  },
  computed: {
    traits() {
      return this.context.traits;
    },
    typeOptions(): { value: string; text: string }[] {
      return typeOptions(this.context);
    },
    canSubmit(): boolean {
      return formState(this.form, this.context).canSubmit;
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
    /** 15.0 renders its modal in place, always mounted. */
    staticModal(): boolean {
      return this.traits.modalMount === 'always';
    },
    // Older GitLab marked the buttons for its QA suite with data-qa-selector.
    saveButtonAttrs(): Record<string, string> {
      return { 'data-testid': 'ciUpdateOrAddVariableBtn', 'data-qa-selector': 'ci_variable_save_button' };
    },
  },
  methods: {
    hide() {
      (this.$refs.modal as unknown as { hide(): void }).hide();
    },
    onHidden() {
      this.form = newForm(this.context);
      this.$emit('hidden');
    },
    submit() {
      if (!this.canSubmit) return;
      const variable = addedVariable(this.form, this.context);
      this.hide();
      this.$emit('add-variable', variable);
    },
  },
  template: `
    <gl-modal
      ref="modal"
      :modal-id="$options.MODAL_ID"
      :static="staticModal"
      :title="labels.addVariableTitle"
      :dismiss-label="labels.close"
      data-testid="ci-variable-modal"
      @hidden="onHidden"
    >
      <form @submit.prevent>
        <key-field
          v-model="form.key"
          :label="labels.key"
          testid="pipeline-form-ci-variable-key"
          :error="keyError"
        />
        <value-field v-model="form.value" :label="labels.value" :state="valueState" :feedback="valueFeedback" />
        <div class="gl-flex gl-gap-5">
          <type-select v-model="form.variableType" class="gl-w-1/2" :label="labels.type" :options="typeOptions" />
          <environment-scope
            v-if="!context.config.isInstance"
            v-model="form.environmentScope"
            class="gl-w-1/2"
            :environments="environments"
            :labels="labels"
            :note="traits.environmentsNote"
          />
        </div>
        <flag-checkboxes
          :is-protected="form.protected"
          :masked="form.masked"
          :raw="form.raw"
          :show-mask="true"
          :show-expand="traits.hasExpand"
          :labels="labels"
          @update:protected="form.protected = $event"
          @update:masked="form.masked = $event"
          @update:raw="form.raw = $event"
        />
      </form>
      <template #modal-footer>
        <gl-button data-testid="ci-variable-cancel-button" @click="hide">{{ labels.cancel }}</gl-button>
        <gl-button
          category="primary"
          variant="confirm"
          :disabled="!canSubmit"
          v-bind="saveButtonAttrs"
          @click="submit"
        >{{ labels.addVariable }}</gl-button>
      </template>
    </gl-modal>
  `,
});
