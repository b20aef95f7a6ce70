import Vue from 'vue';
import { GlAlert, GlButton, GlFormCheckbox, GlFormGroup, GlFormInput } from '@gitlab/ui';
import { atLeast, dataJson, postJson, s, ui } from './env.ts';

interface NewDeployToken {
  username: string;
  token: string;
}

/** The success alert: name="deploy-token-user" / name="deploy-token" (no ids), each with a copy button. */
const DeployTokenAlert = Vue.extend({
  name: 'NewDeployTokenAlert',
  components: { GlAlert, GlButton, GlFormGroup },
  props: { token: { type: Object, required: true } },
  methods: { s },
  template: `
<gl-alert variant="success" :title="s('js.deploy.your_new')" data-testid="deploy-token-success-alert" @dismiss="$emit('dismiss')">
  <gl-form-group :label="s('js.deploy.username_label')">
    <div class="input-group">
      <input type="text" class="form-control gl-form-input" name="deploy-token-user" readonly :value="token.username">
      <div class="input-group-append"><gl-button icon="copy-to-clipboard" :data-clipboard-text="token.username" :title="s('js.deploy.copy_username')" :aria-label="s('js.deploy.copy_username')" /></div>
    </div>
  </gl-form-group>
  <gl-form-group :label="s('js.deploy.token_label')" :description="s('js.tokens.save_it')">
    <div class="input-group">
      <input type="text" class="form-control gl-form-input" name="deploy-token" readonly :value="token.token">
      <div class="input-group-append"><gl-button icon="copy-to-clipboard" :data-clipboard-text="token.token" :title="s('js.deploy.copy_token')" :aria-label="s('js.deploy.copy_token')" /></div>
    </div>
  </gl-form-group>
</gl-alert>`,
});

/**
 * NewDeployToken (15.11+): ids #deploy_token_name/_expires_at/_username/_<scope>, JSON POST to
 * .../settings/repository/deploy_token/create. Up to 17.6 the alert renders above the form;
 * 18.6 renders it into #new-deploy-token-alert (which stays in the page).
 */
const NewDeployTokenApp = Vue.extend({
  name: 'NewDeployToken',
  components: { DeployTokenAlert, GlAlert, GlButton, GlFormCheckbox, GlFormGroup, GlFormInput },
  props: { createPath: { type: String, required: true }, scopes: { type: Array, required: true }, external: { type: Boolean, default: false } },
  data() {
    return { name: '', expiresAt: '', username: '', checked: {} as Record<string, boolean>, newToken: null as NewDeployToken | null, error: null as string | null, busy: false };
  },
  computed: {
    submitAttrs: () => (atLeast('16.6') ? { 'data-testid': 'create-deploy-token' } : { 'data-qa-selector': 'create_deploy_token_button' }),
  },
  methods: {
    s,
    async create() {
      this.busy = true;
      const deployToken: Record<string, unknown> = { name: this.name, expires_at: this.expiresAt, username: this.username };
      for (const scope of this.scopes as string[]) deployToken[scope] = Boolean(this.checked[scope]);
      const res = await postJson(this.createPath, { deploy_token: deployToken });
      this.busy = false;
      if (!res.ok) {
        this.error = (res.data && res.data.message) || s('js.deploy.error');
        return;
      }
      this.error = null;
      this.newToken = { username: res.data.username, token: res.data.token };
      this.$emit('created', this.newToken);
      this.name = '';
      this.expiresAt = '';
      this.username = '';
      this.checked = {};
    },
  },
  template: `
<div class="new-deploy-token">
  <deploy-token-alert v-if="newToken && !external" :token="newToken" @dismiss="newToken = null" />
  <gl-alert v-if="error" variant="danger" :dismissible="false">{{ error }}</gl-alert>
  <h5>{{ s('js.deploy.new') }}</h5>
  <gl-form-group :label="s('js.deploy.name')" label-for="deploy_token_name">
    <gl-form-input id="deploy_token_name" v-model="name" name="deploy_token_name" />
  </gl-form-group>
  <gl-form-group :label="s('js.deploy.expires_at')" label-for="deploy_token_expires_at">
    <gl-form-input id="deploy_token_expires_at" v-model="expiresAt" name="deploy_token_expires_at" placeholder="YYYY-MM-DD" />
  </gl-form-group>
  <gl-form-group :label="s('js.deploy.username')" label-for="deploy_token_username" :description="s('js.deploy.username_help')">
    <gl-form-input id="deploy_token_username" v-model="username" name="deploy_token_username" />
  </gl-form-group>
  <gl-form-group :label="s('js.deploy.scopes')">
    <gl-form-checkbox v-for="scope in scopes" :key="scope" :id="'deploy_token_' + scope" v-model="checked[scope]" :name="'deploy_token_' + scope">{{ scope }}</gl-form-checkbox>
  </gl-form-group>
  <gl-button variant="confirm" :disabled="busy" v-bind="submitAttrs" @click="create">{{ s('js.deploy.create') }}</gl-button>
</div>`,
});

export function mountDeployTokenApp(): void {
  const el = document.querySelector<HTMLElement>('.js-new-deploy-token');
  if (!el || ui === '15.0') return;
  const alertTarget = document.querySelector<HTMLElement>('#new-deploy-token-alert');
  const scopes = dataJson<string[]>(el, 'scopes', []);
  // Reactive so that v-model on checked[scope] works for every scope.
  const app = new NewDeployTokenApp({ propsData: { createPath: el.dataset.createNewTokenPath!, scopes, external: Boolean(alertTarget) } });
  app.$data.checked = Object.fromEntries(scopes.map((scope) => [scope, false]));
  app.$mount(el);
  if (alertTarget) {
    let alert: InstanceType<typeof DeployTokenAlert> | null = null;
    app.$on('created', (token: NewDeployToken) => {
      // A new token replaces the shown one in place.
      alert?.$destroy();
      alert?.$el.remove();
      alert = new DeployTokenAlert({ propsData: { token } }).$mount();
      alert.$on('dismiss', () => alert?.$el.remove());
      alertTarget.appendChild(alert.$el);
    });
  }
}
