// Type as a native <select id="ci-variable-type"> (generations A-C). BootstrapVue's select updates
// its v-model on the native `change` event, so a filler must set the option and dispatch change.
import { defineComponent, type PropType } from 'vue';
import { GlFormGroup, GlFormSelect } from '../gitlab-ui';

export default defineComponent({
  name: 'CiVariableTypeSelect',
  components: { GlFormGroup, GlFormSelect },
  props: {
    value: { type: String, required: true },
    label: { type: String, required: true },
    options: { type: Array as PropType<{ value: string; text: string }[]>, required: true },
  },
  template: `
    <gl-form-group :label="label" label-for="ci-variable-type">
      <gl-form-select
        id="ci-variable-type"
        :value="value"
        :options="options"
        data-testid="ci-variable-type"
        @input="$emit('input', $event)"
      />
    </gl-form-group>
  `,
});
