// Environment scope: a searchable GlCollapsibleListbox (as GitLab's environments dropdown) with
// data-testid="environment-scope"; `*` shows as "All (default)". A search term that matches no
// scope can be created as a wildcard. `loading` mirrors GitLab's environments query in flight.
import { defineComponent, type PropType } from 'vue';
import { GlButton, GlCollapsibleListbox, GlFormGroup } from '../gitlab-ui';

export default defineComponent({
  name: 'CiEnvironmentScope',
  components: { GlButton, GlCollapsibleListbox, GlFormGroup },
  props: {
    value: { type: String, required: true },
    environments: { type: Array as PropType<string[]>, required: true },
    loading: { type: Boolean, default: false },
    labels: { type: Object, required: true },
  },
  data() {
    return { searchTerm: '' };
  },
  computed: {
    scopes(): string[] {
      return [...new Set(['*', ...this.environments, this.value])];
    },
    items(): { value: string; text: string }[] {
      const term = this.searchTerm.toLowerCase();
      return this.scopes
        .filter((scope) => scope.toLowerCase().includes(term))
        .map((scope) => ({ value: scope, text: scope === '*' ? this.labels.allEnvironments : scope }));
    },
    toggleText(): string {
      return this.value === '*' ? this.labels.allEnvironments : this.value;
    },
    canCreate(): boolean {
      return this.searchTerm !== '' && !this.scopes.includes(this.searchTerm);
    },
  },
  methods: {
    createScope() {
      this.$emit('input', this.searchTerm);
      this.searchTerm = '';
    },
  },
  template: `
    <gl-form-group :label="labels.environments" label-for="ci-variable-env">
      <gl-collapsible-listbox
        toggle-id="ci-variable-env"
        data-testid="environment-scope"
        block
        searchable
        :items="items"
        :selected="value"
        :toggle-text="toggleText"
        :loading="loading"
        :search-placeholder="labels.searchEnvironments"
        @search="searchTerm = $event"
        @select="$emit('input', $event)"
      >
        <template v-if="canCreate" #footer>
          <div class="gl-border-t gl-p-2">
            <gl-button category="tertiary" block data-testid="create-scope-button" @click="createScope">
              {{ labels.createScope }} {{ searchTerm }}
            </gl-button>
          </div>
        </template>
      </gl-collapsible-listbox>
    </gl-form-group>
  `,
});
