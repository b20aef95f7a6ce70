// Value: GlFormTextarea#ci-variable-value (v-model on the native `input` event). When Masked is
// chosen and the rule that applies refuses the value, the group shows GitLab-style invalid
// feedback (the form's own error text) and the parent keeps its submit button disabled.
import { defineComponent } from 'vue';
import { GlFormGroup, GlFormTextarea } from '../gitlab-ui';

export default defineComponent({
  name: 'CiVariableValueField',
  components: { GlFormGroup, GlFormTextarea },
  props: {
    value: { type: String, required: true },
    label: { type: String, required: true },
    error: { type: String, default: '' },
  },
  template: `
    <gl-form-group
      :label="label"
      label-for="ci-variable-value"
      :state="error === '' ? null : false"
      :invalid-feedback="error"
    >
      <gl-form-textarea
        id="ci-variable-value"
        :value="value"
        rows="3"
        max-rows="10"
        spellcheck="false"
        class="gl-font-monospace"
        data-testid="ci-variable-value"
        data-qa-selector="ci_variable_value_field"
        :state="error === '' ? null : false"
        @input="$emit('input', $event)"
      />
    </gl-form-group>
  `,
});
