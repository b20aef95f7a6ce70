// Visibility (generations D, E): a GlFormRadioGroup that is NOT a v-model. The masked/hidden flags
// are written only by the group's `change` handler, which GitLab UI emits after a native `change`
// on a radio input (a `.click()` on the input does that; setting `.checked` alone does not).
import { defineComponent } from 'vue';
import { GlFormGroup, GlFormRadio, GlFormRadioGroup } from '../gitlab-ui';

export const VISIBLE = 'VISIBLE';
export const MASKED = 'MASKED';
export const MASKED_AND_HIDDEN = 'MASKED_AND_HIDDEN';

export default defineComponent({
  name: 'CiVariableVisibilityRadios',
  components: { GlFormGroup, GlFormRadio, GlFormRadioGroup },
  props: {
    masked: { type: Boolean, required: true },
    hidden: { type: Boolean, required: true },
    labels: { type: Object, required: true },
  },
  computed: {
    visibility(): string {
      if (this.masked && this.hidden) return MASKED_AND_HIDDEN;
      return this.masked ? MASKED : VISIBLE;
    },
  },
  methods: {
    onChange(visibility: string) {
      this.$emit('change', {
        masked: visibility === MASKED || visibility === MASKED_AND_HIDDEN,
        hidden: visibility === MASKED_AND_HIDDEN,
      });
    },
  },
  template: `
    <gl-form-group :label="labels.visibility">
      <gl-form-radio-group :checked="visibility" @change="onChange">
        <gl-form-radio value="VISIBLE" data-testid="ci-variable-visible-radio">
          {{ labels.visible }}
          <template #help>{{ labels.visibleHelp }}</template>
        </gl-form-radio>
        <gl-form-radio value="MASKED" data-testid="ci-variable-masked-radio">
          {{ labels.masked }}
          <template #help>{{ labels.maskedHelp }}</template>
        </gl-form-radio>
        <gl-form-radio value="MASKED_AND_HIDDEN" data-testid="ci-variable-masked-and-hidden-radio">
          {{ labels.maskedAndHidden }}
          <template #help>{{ labels.maskedAndHiddenHelp }}</template>
        </gl-form-radio>
      </gl-form-radio-group>
    </gl-form-group>
  `,
});
