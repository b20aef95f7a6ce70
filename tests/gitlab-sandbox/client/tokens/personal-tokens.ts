import Vue from 'vue';
import { GlAlert, GlButton, GlFormCheckbox, GlFormGroup, GlFormInput } from '@gitlab/ui';
import { ClipboardButton } from './clipboard.ts';
import { dataJson, postJson, s } from './env.ts';
import { TokenTable, type ActiveToken } from './access-tokens.ts';

/** The create form of the redesigned personal token pages (17.6+): form#token-create-form. */
const TokenCreateForm = Vue.extend({
  name: 'CreatePersonalAccessTokenForm',
  components: { GlButton, GlFormCheckbox, GlFormGroup, GlFormInput },
  props: { scopes: { type: Array, required: true }, cancellable: { type: Boolean, default: true } },
  data: () => ({ name: '', expiresAt: '', selected: [] as string[], busy: false }),
  methods: {
    s,
    submit() {
      this.$emit('submit', { name: this.name, expires_at: this.expiresAt, scopes: this.selected });
    },
    reset() {
      this.name = '';
      this.expiresAt = '';
      this.selected = [];
    },
  },
  template: `
<form id="token-create-form" class="gl-new-card-add-form" @submit.prevent="submit">
  <gl-form-group :label="s('js.tokens.col.name')" label-for="token-name">
    <gl-form-input id="token-name" v-model="name" name="name" data-testid="token-name-field" />
  </gl-form-group>
  <gl-form-group :label="s('js.tokens.col.expires')" label-for="token-expires-at">
    <gl-form-input id="token-expires-at" v-model="expiresAt" name="expires_at" placeholder="YYYY-MM-DD" data-testid="expiry-date-field" />
  </gl-form-group>
  <gl-form-group :label="s('js.tokens.col.scopes')">
    <gl-form-checkbox v-for="scope in scopes" :key="scope" v-model="selected" :value="scope" name="scopes" :data-testid="scope + '-checkbox'">{{ scope }}</gl-form-checkbox>
  </gl-form-group>
  <gl-button type="submit" variant="confirm" data-testid="create-token-button">{{ s('js.tokens.add_new_button') }}</gl-button>
  <gl-button v-if="cancellable" data-testid="cancel-button" @click="$emit('cancel')">{{ s('js.tokens.cancel') }}</gl-button>
</form>`,
});

/** 17.6+ /-/user_settings/personal_access_tokens: success alert with input#access-token-field. */
const SharedAccessTokenApp = Vue.extend({
  name: 'SharedAccessTokenApp',
  components: { ClipboardButton, GlAlert, GlButton, GlFormGroup, GlFormInput, TokenCreateForm, TokenTable },
  props: { createPath: String, scopes: Array, initialTokens: Array, legacyPath: String },
  data() {
    return { tokens: this.initialTokens as ActiveToken[], token: null as string | null, errors: null as string[] | null, showForm: false, hidden: true };
  },
  methods: {
    s,
    async create(params: Record<string, unknown>) {
      const res = await postJson(this.createPath!, { personal_access_token: params });
      if (!res.ok) {
        this.errors = res.data?.errors ?? [s('js.tokens.error')];
        return;
      }
      this.errors = null;
      this.hidden = true;
      this.token = res.data.token;
      this.tokens = res.data.active_access_tokens ?? this.tokens;
      this.showForm = false;
    },
  },
  template: `
<div>
  <gl-alert v-if="token" variant="success" data-testid="success-message" :title="s('js.tokens.new.personal')" @dismiss="token = null">
    <gl-form-group :description="s('js.tokens.save_it')" label-for="access-token-field" :label="s('js.tokens.new.personal')" label-sr-only>
      <div class="input-group">
        <gl-form-input id="access-token-field" name="access-token-field" data-testid="access-token-field" readonly :value="token" :class="{ 'input-copy-show-disc': hidden }" />
        <div class="input-group-append">
          <gl-button icon="eye" data-testid="toggle-visibility-button" :aria-label="s('js.tokens.toggle')" @click="hidden = !hidden" />
          <clipboard-button data-testid="clipboard-button" :text="token" :title="s('js.tokens.copy')" />
        </div>
      </div>
    </gl-form-group>
  </gl-alert>
  <gl-alert v-if="errors" variant="danger" :dismissible="false" data-testid="error-message"><p v-for="e in errors" :key="e">{{ e }}</p></gl-alert>
  <div class="gl-new-card-header">
    <gl-button v-if="!showForm" data-testid="add-new-token-button" size="small" @click="showForm = true">{{ s('js.tokens.add_new_button') }}</gl-button>
    <gl-button v-if="legacyPath" :href="legacyPath" data-testid="generate-legacy-token-button" size="small">{{ s('js.tokens.legacy_link') }}</gl-button>
  </div>
  <token-create-form v-if="showForm" :scopes="scopes" @submit="create" @cancel="showForm = false" />
  <token-table :tokens="tokens" token-type="personal" :show-role="false" />
</div>`,
});

/** 18.6 legacy token page: after create, a result view with [data-testid=created-personal-access-token-field] (no id). */
const LegacyTokenApp = Vue.extend({
  name: 'CreateLegacyTokenApp',
  components: { ClipboardButton, GlAlert, GlButton, TokenCreateForm },
  props: { createPath: String, scopes: Array, backPath: String },
  data: () => ({ token: null as string | null, errors: null as string[] | null }),
  methods: {
    s,
    async create(params: Record<string, unknown>) {
      const res = await postJson(this.createPath!, { personal_access_token: params });
      if (!res.ok) {
        this.errors = res.data?.errors ?? [s('js.tokens.error')];
        return;
      }
      this.errors = null;
      this.token = res.data.token;
    },
  },
  template: `
<div>
  <gl-alert v-if="errors" variant="danger" :dismissible="false" data-testid="error-message"><p v-for="e in errors" :key="e">{{ e }}</p></gl-alert>
  <div v-if="token" data-testid="created-token-view">
    <h2 class="gl-heading-2">{{ s('js.tokens.legacy_done') }}</h2>
    <p>{{ s('js.tokens.save_it') }}</p>
    <input type="text" class="form-control gl-form-input input-copy-show-disc" readonly :value="token" data-testid="created-personal-access-token-field">
    <clipboard-button data-testid="copy-token-button" :text="token" :title="s('js.tokens.copy')">{{ s('js.tokens.copy') }}</clipboard-button>
    <gl-button :href="backPath" data-testid="back-button">{{ s('js.tokens.active.personal') }}</gl-button>
  </div>
  <token-create-form v-else :scopes="scopes" :cancellable="false" @submit="create" />
</div>`,
});

export function mountPersonalTokenApps(): void {
  const shared = document.querySelector<HTMLElement>('#js-shared-access-token-app');
  if (shared) {
    new SharedAccessTokenApp({
      propsData: {
        createPath: shared.dataset.createPath,
        scopes: dataJson<string[]>(shared, 'scopes', []),
        initialTokens: dataJson<ActiveToken[]>(shared, 'initialActiveAccessTokens', []),
        legacyPath: shared.dataset.legacyPath || '',
      },
    }).$mount(shared);
  }
  const legacy = document.querySelector<HTMLElement>('#js-create-legacy-token-app');
  if (legacy) {
    new LegacyTokenApp({
      propsData: { createPath: legacy.dataset.createPath, scopes: dataJson<string[]>(legacy, 'scopes', []), backPath: legacy.dataset.backPath },
    }).$mount(legacy);
  }
}
