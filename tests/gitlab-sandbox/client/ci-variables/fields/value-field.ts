// Value: GlFormTextarea#ci-variable-value (v-model on the native `input` event). As on GitLab, the
// masked-value feedback block is ALWAYS in the DOM (the group always has invalid-feedback text)
// and only its state decides whether it shows: `state` false = shown, with the textarea marked
// invalid; null = hidden. The parent keeps its submit button disabled while the state is false.
import { defineComponent, type PropType } from 'vue';
import { GlFormGroup, GlFormTextarea } from '../gitlab-ui';

export default defineComponent({
  name: 'CiVariableValueField',
  components: { GlFormGroup, GlFormTextarea },
  props: {
    value: { type: String, required: true },
    label: { type: String, required: true },
    /** false: the masked value fails its rule (feedback shown); null: nothing to report. */
    state: { type: Boolean as PropType<boolean | null>, default: null },
    feedback: { type: String, required: true },
  },
  template: `
    <gl-form-group
      :label="label"
      label-for="ci-variable-value"
      :state="state"
      :invalid-feedback="feedback"
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
        :state="state"
        @input="$emit('input', $event)"
      />
    </gl-form-group>
  `,
});
