import Vue from 'vue';
import { GlAlert, GlButton, GlFormGroup, GlFormInput } from '@gitlab/ui';
import { ClipboardButton } from './clipboard.ts';
import { atLeast, dataJson, s, ui } from './env.ts';
import { toggleContainer } from './toggle.ts';

export interface ActiveToken {
  id: number;
  name: string;
  scopes: string[];
  created_at: string;
  expires_at: string | null;
  role: string | null;
  access_level: number | null;
  revoke_path: string;
  user_id: number | null;
}

/** Rails-UJS's `ajax:success` / `ajax:error` detail: the parsed answer, the status text, the XHR. */
type UjsDetail<T> = [data: T, statusText: string, xhr: XMLHttpRequest];

/** Token table shared by all token pages; Vue 2 replaces the mount element, as in GitLab. */
export const TokenTable = Vue.extend({
  name: 'AccessTokenTableApp',
  components: { GlButton },
  props: { tokens: { type: Array, required: true }, tokenType: { type: String, required: true }, showRole: { type: Boolean, default: true } },
  methods: { s },
  template: `
<div class="gl-new-card" data-testid="active-tokens">
  <h5 class="gl-new-card-title">{{ s('js.tokens.active.' + tokenType) }} ({{ tokens.length }})</h5>
  <table v-if="tokens.length" class="table b-table gl-table" data-testid="active-tokens-table">
    <thead><tr>
      <th>{{ s('js.tokens.col.name') }}</th><th>{{ s('js.tokens.col.scopes') }}</th><th>{{ s('js.tokens.col.created') }}</th>
      <th>{{ s('js.tokens.col.expires') }}</th><th v-if="showRole">{{ s('js.tokens.col.role') }}</th><th>{{ s('js.tokens.col.action') }}</th>
    </tr></thead>
    <tbody>
      <tr v-for="token in tokens" :key="token.id" :data-token-id="token.id">
        <td data-label="name">{{ token.name }}</td>
        <td>{{ token.scopes.join(', ') }}</td>
        <td>{{ token.created_at.slice(0, 10) }}</td>
        <td>{{ token.expires_at || s('js.tokens.never') }}</td>
        <td v-if="showRole">{{ token.access_level ? s('role.' + token.access_level) : '' }}</td>
        <td><gl-button category="tertiary" variant="danger" :href="token.revoke_path" data-method="put" :data-confirm="s('js.tokens.revoke_confirm')" :aria-label="s('js.tokens.revoke')" data-testid="revoke-button">{{ s('js.tokens.revoke') }}</gl-button></td>
      </tr>
    </tbody>
  </table>
  <div v-else class="gl-new-card-empty">{{ s('js.tokens.none') }}</div>
</div>`,
});

/**
 * NewAccessTokenApp: shows the token from the ajax:success event Rails-UJS fires on the form
 * (detail `[data, statusText, xhr]`).
 *   15.11  the input holds asterisks while hidden; the secret is only in data-clipboard-text
 *   16.6   the input holds the secret (DOM property), masked with CSS; data-testid
 *   17.6+  wrapped in [data-testid=access-token-section] > .gl-alert[data-testid=success-message];
 *          the copy button has no data-clipboard-text (it copies through navigator.clipboard)
 * A further token is patched into the same input: Vue keeps the node and sets its `.value`
 * property (no `:key`, no value attribute), so no mutation announces it.
 */
const NewAccessTokenApp = Vue.extend({
  name: 'NewAccessTokenApp',
  components: { ClipboardButton, GlAlert, GlButton, GlFormGroup, GlFormInput },
  props: { tokenType: { type: String, required: true } },
  data: () => ({ token: null as string | null, errors: null as string[] | null, hidden: true }),
  computed: {
    oldStyle: () => !atLeast('16.6'),
    wrapped: () => atLeast('17.6'),
    label(): string {
      return s(`js.tokens.new.${this.tokenType}`);
    },
    shown(): string {
      if (!this.token) return '';
      return this.oldStyle && this.hidden ? '*'.repeat(this.token.length) : this.token;
    },
    inputAttrs(): Record<string, string> {
      return this.oldStyle ? { 'data-qa-selector': 'created_access_token_field' } : { 'data-testid': 'created-access-token-field' };
    },
  },
  mounted() {
    const form = document.querySelector('#js-new-access-token-form');
    form?.addEventListener('ajax:success', (event) => {
      const [data] = (event as CustomEvent<UjsDetail<{ new_token: string }>>).detail;
      this.errors = null;
      this.hidden = true;
      this.token = data.new_token;
      (form as HTMLFormElement).reset();
      // Newer pages fold the form away again behind "Add new token".
      const container = form.closest('.js-toggle-container');
      if (container) toggleContainer(container, false);
    });
    form?.addEventListener('ajax:error', (event) => {
      const [data] = (event as CustomEvent<UjsDetail<{ errors?: string[] } | null>>).detail;
      this.token = null;
      this.errors = data?.errors ?? [s('js.tokens.error')];
    });
  },
  methods: { s },
  template: `
<div class="gl-mb-5">
  <gl-alert v-if="errors" variant="danger" :dismissible="false" data-testid="error-message"><p v-for="e in errors" :key="e">{{ e }}</p></gl-alert>
  <template v-if="token">
    <div v-if="wrapped" data-testid="access-token-section">
      <gl-alert variant="success" data-testid="success-message" @dismiss="token = null">
        <gl-form-group :label="label" label-for="new-access-token" :description="s('js.tokens.save_it')">
          <div class="input-group">
            <gl-form-input id="new-access-token" name="new-access-token" readonly :value="token" v-bind="inputAttrs" :class="{ 'input-copy-show-disc': hidden }" />
            <div class="input-group-append">
              <gl-button icon="eye" data-testid="toggle-visibility-button" :aria-label="s('js.tokens.toggle')" @click="hidden = !hidden" />
              <clipboard-button data-testid="clipboard-button" :text="token" :title="s('js.tokens.copy')" />
            </div>
          </div>
        </gl-form-group>
      </gl-alert>
    </div>
    <gl-form-group v-else :label="label" label-for="new-access-token" :description="s('js.tokens.save_it')">
      <div class="input-group">
        <gl-form-input id="new-access-token" name="new-access-token" readonly :value="shown" v-bind="inputAttrs" :class="{ 'input-copy-show-disc': !oldStyle && hidden }" />
        <div class="input-group-append">
          <gl-button icon="eye" :data-qa-selector="oldStyle ? 'toggle_visibility_button' : null" :data-testid="oldStyle ? null : 'toggle-visibility-button'" :aria-label="s('js.tokens.toggle')" @click="hidden = !hidden" />
          <clipboard-button :data-qa-selector="oldStyle ? 'clipboard_button' : null" :data-testid="oldStyle ? null : 'clipboard-button'" :text="token" :title="s('js.tokens.copy')" />
        </div>
      </div>
    </gl-form-group>
  </template>
</div>`,
});

/** Mounts the apps of the HAML-form token pages (project, group, old personal). */
export function mountAccessTokenPage(): void {
  const tableEl = document.querySelector<HTMLElement>('#js-access-token-table-app');
  const newEl = document.querySelector<HTMLElement>('#js-new-access-token-app');
  if (newEl && ui !== '15.0') {
    new NewAccessTokenApp({ propsData: { tokenType: newEl.dataset.accessTokenType ?? 'project' } }).$mount(newEl);
  }
  if (tableEl) {
    const tokenType = tableEl.dataset.accessTokenType ?? 'project';
    const showRole = tableEl.dataset.showRole !== 'false';
    const table = new Vue({
      data: { tokens: dataJson<ActiveToken[]>(tableEl, 'initialActiveAccessTokens', []) },
      render(h) {
        return h(TokenTable, { props: { tokens: this.tokens, tokenType, showRole } });
      },
    }).$mount(tableEl);
    document.querySelector('#js-new-access-token-form')?.addEventListener('ajax:success', (event) => {
      const [data] = (event as CustomEvent<UjsDetail<{ active_access_tokens: ActiveToken[] }>>).detail;
      table.tokens = data.active_access_tokens;
    });
  }
}
