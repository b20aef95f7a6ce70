// Type as GlCollapsibleListbox (generations D, E). Items render as li[role=option] with
// data-testid="listbox-item-<VALUE>"; a click on an item selects it even while the panel is closed.
// D names the group with <label for="ci-variable-type"> (the toggle carries that id);
// E labels it with <span id="ci-variable-type"> referenced by aria-labelledby.
import { defineComponent, type PropType } from 'vue';
import { GlCollapsibleListbox, GlFormGroup } from '../gitlab-ui';

export default defineComponent({
  name: 'CiVariableTypeListbox',
  components: { GlCollapsibleListbox, GlFormGroup },
  props: {
    value: { type: String, required: true },
    label: { type: String, required: true },
    labelStyle: { type: String as PropType<'label-for' | 'span-id'>, required: true },
    options: { type: Array as PropType<{ value: string; text: string }[]>, required: true },
  },
  computed: {
    toggleText(): string {
      return this.options.find((option) => option.value === this.value)?.text ?? '';
    },
  },
  template: `
    <gl-form-group v-if="labelStyle === 'label-for'" :label="label" label-for="ci-variable-type">
      <gl-collapsible-listbox
        toggle-id="ci-variable-type"
        block
        :items="options"
        :selected="value"
        :toggle-text="toggleText"
        @select="$emit('input', $event)"
      />
    </gl-form-group>
    <gl-form-group v-else>
      <template #label><span id="ci-variable-type">{{ label }}</span></template>
      <gl-collapsible-listbox
        block
        toggle-aria-labelledby="ci-variable-type"
        list-aria-labelled-by="ci-variable-type"
        :items="options"
        :selected="value"
        :toggle-text="toggleText"
        @select="$emit('input', $event)"
      />
    </gl-form-group>
  `,
});
