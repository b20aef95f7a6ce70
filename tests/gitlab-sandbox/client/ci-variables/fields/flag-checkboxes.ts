// The Flags checkboxes. Protect and Mask behave like v-models; "Expand variable reference" is
// bound one way (`:checked`) and written only by its `change` handler, so changing the input's
// `checked` property without a native change event does not reach what is saved.
import { defineComponent } from 'vue';
import { GlFormCheckbox, GlFormGroup } from '../gitlab-ui';

export default defineComponent({
  name: 'CiVariableFlags',
  components: { GlFormCheckbox, GlFormGroup },
  props: {
    isProtected: { type: Boolean, required: true },
    masked: { type: Boolean, required: true },
    raw: { type: Boolean, required: true },
    showMask: { type: Boolean, required: true },
    showExpand: { type: Boolean, required: true },
    labels: { type: Object, required: true },
  },
  template: `
    <gl-form-group :label="labels.flags" class="gl-mb-3">
      <gl-form-checkbox
        :checked="isProtected"
        data-testid="ci-variable-protected-checkbox"
        data-qa-selector="ci_variable_protected_checkbox"
        @input="$emit('update:protected', $event)"
      >
        {{ labels.protect }}
        <template #help>{{ labels.protectHelp }}</template>
      </gl-form-checkbox>
      <gl-form-checkbox
        v-if="showMask"
        :checked="masked"
        data-testid="ci-variable-masked-checkbox"
        data-qa-selector="ci_variable_masked_checkbox"
        @input="$emit('update:masked', $event)"
      >
        {{ labels.mask }}
        <template #help>{{ labels.maskHelp }}</template>
      </gl-form-checkbox>
      <gl-form-checkbox
        v-if="showExpand"
        :checked="!raw"
        data-testid="ci-variable-expanded-checkbox"
        @change="$emit('update:raw', !$event)"
      >
        {{ labels.expand }}
        <template #help>{{ labels.expandHelp }}</template>
      </gl-form-checkbox>
    </gl-form-group>
  `,
});
