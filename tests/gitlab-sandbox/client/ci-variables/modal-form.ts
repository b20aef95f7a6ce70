// The modal (generations A, B): GlModal #add-ci-variable, lazy (its content renders only while
// shown). Saving closes the modal at once; the page shows errors (the app's alert). Closing resets.
// A (Vuex era): the Type select's option values are the localized labels; no Expand checkbox.
// B (Apollo era): ENV_VAR / FILE and the Expand checkbox (raw rule = normal rule on 15.11).
import { defineComponent, type PropType } from 'vue';
import type { VariableAttributes } from './api';
import { errorTexts, formState, newForm, toAttributes, typeOptions, type FormContext } from './form';
import { GlButton, GlModal } from './gitlab-ui';
import type { Labels } from './i18n';
import EnvironmentScope from './fields/environment-scope';
import FlagCheckboxes from './fields/flag-checkboxes';
import KeyField from './fields/key-field';
import TypeSelect from './fields/type-select';
import ValueField from './fields/value-field';

export default defineComponent({
  name: 'CiVariableModal',
  components: { EnvironmentScope, FlagCheckboxes, GlButton, GlModal, KeyField, TypeSelect, ValueField },
  props: {
    context: { type: Object as PropType<FormContext>, required: true },
    labels: { type: Object as PropType<Labels>, required: true },
    environments: { type: Array as PropType<string[]>, required: true },
    save: { type: Function as PropType<(attributes: VariableAttributes) => void>, required: true },
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
    errors(): { key: string; value: string } {
      return errorTexts(this.form, this.context);
    },
    // Older GitLab marked the buttons for its QA suite with data-qa-selector.
    saveButtonAttrs(): Record<string, string> {
      return { 'data-testid': 'ciUpdateOrAddVariableBtn', 'data-qa-selector': 'ci_variable_save_button' };
    },
  },
  methods: {
    show() {
      (this.$refs.modal as unknown as { show(): void }).show();
    },
    hide() {
      (this.$refs.modal as unknown as { hide(): void }).hide();
    },
    resetForm() {
      this.form = newForm(this.context);
    },
    submit() {
      if (!this.canSubmit) return;
      const attributes = toAttributes(this.form, this.context);
      this.hide();
      this.save(attributes);
    },
  },
  template: `
    <gl-modal
      ref="modal"
      modal-id="add-ci-variable"
      :title="labels.addVariableTitle"
      :dismiss-label="labels.close"
      data-testid="ci-variable-modal"
      @hidden="resetForm"
    >
      <form @submit.prevent>
        <key-field
          v-model="form.key"
          :label="labels.key"
          testid="pipeline-form-ci-variable-key"
          :error="errors.key"
        />
        <value-field v-model="form.value" :label="labels.value" :error="errors.value" />
        <div class="gl-flex gl-gap-5">
          <type-select v-model="form.variableType" class="gl-w-1/2" :label="labels.type" :options="typeOptions" />
          <environment-scope
            v-if="!context.config.isInstance"
            v-model="form.environmentScope"
            class="gl-w-1/2"
            :environments="environments"
            :labels="labels"
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
