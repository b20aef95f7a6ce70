// The list of saved variables: type, key (with flag badges), value (always masked as ***** unless
// revealed; hidden variables never are), environment scope. Refreshed by the app after each save.
import { defineComponent, type PropType } from 'vue';
import type { ApiVariable } from './api';
import { GlButton, GlTableLite } from './gitlab-ui';
import type { Labels } from './i18n';

export default defineComponent({
  name: 'CiVariableTable',
  components: { GlButton, GlTableLite },
  props: {
    variables: { type: Array as PropType<ApiVariable[]>, required: true },
    labels: { type: Object as PropType<Labels>, required: true },
    showScope: { type: Boolean, required: true },
  },
  data() {
    return { revealed: false };
  },
  computed: {
    fields(): { key: string; label: string }[] {
      const fields = [
        { key: 'variable_type', label: this.labels.type },
        { key: 'key', label: this.labels.key },
        { key: 'value', label: this.labels.value },
      ];
      return this.showScope ? [...fields, { key: 'environment_scope', label: this.labels.environments }] : fields;
    },
  },
  methods: {
    typeText(variable: ApiVariable): string {
      return variable.variable_type === 'file' ? this.labels.typeFile : this.labels.typeVariable;
    },
    valueText(variable: ApiVariable): string {
      if (variable.hidden) return this.labels.hiddenValue;
      return this.revealed ? (variable.value ?? '') : '*****';
    },
    scopeText(variable: ApiVariable): string {
      const scope = variable.environment_scope ?? '*';
      return scope === '*' ? this.labels.allEnvironments : scope;
    },
  },
  template: `
    <div>
      <div class="gl-flex gl-justify-end gl-mb-3">
        <gl-button size="small" data-testid="reveal-ci-variable-value-button" @click="revealed = !revealed">
          {{ revealed ? labels.hide : labels.reveal }}
        </gl-button>
      </div>
      <gl-table-lite
        :fields="fields"
        :items="variables"
        stacked="lg"
        class="ci-variable-table"
        data-testid="ci-variable-table"
        data-qa-selector="ci_variable_table_content"
      >
        <template #cell(variable_type)="{ item }">
          <span data-testid="ci-variable-table-row-type">{{ typeText(item) }}</span>
        </template>
        <template #cell(key)="{ item }">
          <code data-testid="ci-variable-table-row-key">{{ item.key }}</code>
          <span v-if="item.protected" class="gl-badge badge badge-pill badge-muted gl-ml-2">P</span>
          <span v-if="item.masked" class="gl-badge badge badge-pill badge-muted gl-ml-2">M</span>
          <span v-if="item.raw === false" class="gl-badge badge badge-pill badge-muted gl-ml-2">E</span>
        </template>
        <template #cell(value)="{ item }">
          <span class="gl-font-monospace" data-testid="ci-variable-table-row-value">{{ valueText(item) }}</span>
        </template>
        <template #cell(environment_scope)="{ item }">
          <span data-testid="ci-variable-table-row-scope">{{ scopeText(item) }}</span>
        </template>
      </gl-table-lite>
      <p v-if="variables.length === 0" class="gl-text-subtle gl-text-center gl-p-5" data-testid="ci-variable-empty">
        {{ labels.noVariables }}
      </p>
    </div>
  `,
});
