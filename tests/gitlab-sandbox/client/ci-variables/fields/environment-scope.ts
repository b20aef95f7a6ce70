// Environment scope, as GitLab's environments dropdown behaves (docs/gitlab-compatibility.md):
// - data-testid="environment-scope" sits on the FORM GROUP around the listbox, not on the listbox;
// - the dropdown keeps its OWN selection, which starts empty: on a new variable no item is
//   aria-selected although the form's model already holds `*` (and `*` is what gets saved); the
//   toggle says "All (default)" from its toggle text. Choosing an item selects it and sets the model;
// - its footer always holds a permanently disabled item: the search hint
//   `button[role=menuitem].dropdown-item[disabled][data-testid="search-query-note"]` (17.x+), or the
//   older "maximum environments" notice (a disabled dropdown item without a test id);
// - `loading` is GitLab UI's own loading state (spinner in a disabled toggle) while the
//   environments are fetched.
// A search term that matches no scope can be created as a wildcard.
import { defineComponent, type PropType } from 'vue';
import { GlButton, GlCollapsibleListbox, GlDropdownItem, GlFormGroup } from '../gitlab-ui';

export default defineComponent({
  name: 'CiEnvironmentScope',
  components: { GlButton, GlCollapsibleListbox, GlDropdownItem, GlFormGroup },
  props: {
    /** The form's model (environmentScope), `*` on a new variable. */
    value: { type: String, required: true },
    environments: { type: Array as PropType<string[]>, required: true },
    loading: { type: Boolean, default: false },
    labels: { type: Object, required: true },
    note: { type: String as PropType<'max-environments' | 'search-query-note'>, required: true },
  },
  data() {
    return { searchTerm: '', selectedEnvironment: '' };
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
  watch: {
    // The form was reset (or set) from outside: the dropdown's own selection follows, back to
    // nothing selected for the default scope.
    value(scope: string) {
      if (scope !== this.selectedEnvironment) this.selectedEnvironment = scope === '*' ? '' : scope;
    },
  },
  methods: {
    select(scope: string) {
      this.selectedEnvironment = scope;
      this.$emit('input', scope);
    },
    createScope() {
      this.select(this.searchTerm);
      this.searchTerm = '';
    },
  },
  template: `
    <gl-form-group :label="labels.environments" label-for="ci-variable-env" data-testid="environment-scope">
      <gl-collapsible-listbox
        toggle-id="ci-variable-env"
        block
        searchable
        :items="items"
        :selected="selectedEnvironment"
        :toggle-text="toggleText"
        :loading="loading"
        :search-placeholder="labels.searchEnvironments"
        @search="searchTerm = $event"
        @select="select"
      >
        <template #footer>
          <div class="gl-border-t gl-py-2">
            <gl-button v-if="canCreate" category="tertiary" block data-testid="create-scope-button" @click="createScope">
              {{ labels.createScope }} {{ searchTerm }}
            </gl-button>
            <gl-dropdown-item
              v-if="note === 'search-query-note'"
              class="gl-list-none"
              disabled
              data-testid="search-query-note"
            >{{ labels.searchQueryNote }}</gl-dropdown-item>
            <gl-dropdown-item v-else class="gl-list-none" disabled>{{ labels.maxEnvironmentsNote }}</gl-dropdown-item>
          </div>
        </template>
      </gl-collapsible-listbox>
    </gl-form-group>
  `,
});
