// Key: GlFormCombobox (suggests well-known keys). Its real <input> is what a filler writes; the
// combobox's `input` listener is the v-model. The testid differs between modal and drawer.
import { defineComponent } from 'vue';
import { GlFormCombobox } from '../gitlab-ui';

const SUGGESTED_KEYS = ['AWS_ACCESS_KEY_ID', 'AWS_DEFAULT_REGION', 'AWS_SECRET_ACCESS_KEY', 'DOCKER_AUTH_CONFIG'];

export default defineComponent({
  name: 'CiVariableKeyField',
  components: { GlFormCombobox },
  props: {
    value: { type: String, required: true },
    label: { type: String, required: true },
    testid: { type: String, required: true },
    error: { type: String, default: '' },
  },
  data() {
    return { tokenList: SUGGESTED_KEYS };
  },
  template: `
    <div>
      <gl-form-combobox
        :value="value"
        :token-list="tokenList"
        :label-text="label"
        :data-testid="testid"
        class="gl-mb-0"
        @input="$emit('input', $event)"
      />
      <p v-if="error" class="invalid-feedback gl-block gl-mt-2" data-testid="ci-variable-key-error">{{ error }}</p>
    </div>
  `,
});
