import Vue from 'vue';
import { GlAlert, GlButton, GlFormCheckbox, GlFormGroup, GlFormInput, GlFormInputGroup } from '@gitlab/ui';
import { ClipboardButton } from './clipboard.ts';
import { atLeast, dataJson, postJson, s, ui } from './env.ts';

interface NewDeployToken {
  username: string;
  token: string;
}

/**
 * 15.x: the new token shown inline above the form, in `.created-deploy-token-container.info-well`
 * (no alert). The inputs come from GlFormInputGroup, so their ids are the ones GlFormInput
 * generates (`gl-form-input-<n>`), never fixed; the copy buttons are the older kind
 * (data-clipboard-text). See docs/gitlab-compatibility.md.
 */
const CreatedDeployTokenInline = Vue.extend({
  name: 'CreatedDeployToken',
  components: { ClipboardButton, GlFormGroup, GlFormInputGroup },
  props: { token: { type: Object, required: true } },
  methods: { s },
  template: `
<div class="created-deploy-token-container info-well">
  <div class="well-segment">
    <h5>{{ s('js.deploy.your_new') }}</h5>
    <gl-form-group :description="s('js.deploy.username_label')">
      <gl-form-input-group :value="token.username" name="deploy-token-user" readonly select-on-click>
        <template #append><clipboard-button :text="token.username" :title="s('js.deploy.copy_username')" /></template>
      </gl-form-input-group>
    </gl-form-group>
    <gl-form-group :description="s('js.tokens.save_it')">
      <gl-form-input-group :value="token.token" name="deploy-token" readonly select-on-click>
        <template #append><clipboard-button :text="token.token" :title="s('js.deploy.copy_token')" /></template>
      </gl-form-input-group>
    </gl-form-group>
  </div>
</div>`,
});

/**
 * 16.6+: the success alert, name="deploy-token-user" / name="deploy-token" (no ids), each with a
 * copy button (data-clipboard-text up to 16.6, copying through navigator.clipboard from 17.6).
 */
const DeployTokenAlert = Vue.extend({
  name: 'NewDeployTokenAlert',
  components: { ClipboardButton, GlAlert, GlFormGroup },
  props: { token: { type: Object, required: true } },
  methods: { s },
  template: `
<gl-alert variant="success" :title="s('js.deploy.your_new')" data-testid="deploy-token-success-alert" @dismiss="$emit('dismiss')">
  <gl-form-group :label="s('js.deploy.username_label')">
    <div class="input-group">
      <input type="text" class="form-control gl-form-input" name="deploy-token-user" readonly :value="token.username">
      <div class="input-group-append"><clipboard-button :text="token.username" :title="s('js.deploy.copy_username')" /></div>
    </div>
  </gl-form-group>
  <gl-form-group :label="s('js.deploy.token_label')" :description="s('js.tokens.save_it')">
    <div class="input-group">
      <input type="text" class="form-control gl-form-input" name="deploy-token" readonly :value="token.token">
      <div class="input-group-append"><clipboard-button :text="token.token" :title="s('js.deploy.copy_token')" /></div>
    </div>
  </gl-form-group>
</gl-alert>`,
});

/**
 * NewDeployToken (15.11+), mounted on #js-new-deploy-token (Vue 2 replaces it): ids
 * #deploy_token_name/_expires_at/_username/_<scope>, JSON POST to
 * .../settings/repository/deploy_token/create. 15.11 shows the token inline above the form,
 * 16.6 and 17.6 in an alert above the form, 18.6 in an alert rendered into
 * #new-deploy-token-alert (which stays in the page). A further token is patched into the same
 * inputs (`.value` property), with no node added.
 */
const NewDeployTokenApp = Vue.extend({
  name: 'NewDeployToken',
  components: { CreatedDeployTokenInline, DeployTokenAlert, GlAlert, GlButton, GlFormCheckbox, GlFormGroup, GlFormInput },
  props: { createPath: { type: String, required: true }, scopes: { type: Array, required: true }, external: { type: Boolean, default: false } },
  data() {
    return { name: '', expiresAt: '', username: '', checked: {} as Record<string, boolean>, newToken: null as NewDeployToken | null, error: null as string | null, busy: false };
  },
  computed: {
    submitAttrs: () => (atLeast('16.6') ? { 'data-testid': 'create-deploy-token' } : { 'data-qa-selector': 'create_deploy_token_button' }),
    inline: () => !atLeast('16.6'),
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
  <created-deploy-token-inline v-if="newToken && inline" :token="newToken" />
  <deploy-token-alert v-else-if="newToken && !external" :token="newToken" @dismiss="newToken = null" />
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
  const el = document.querySelector<HTMLElement>('#js-new-deploy-token');
  if (!el || ui === '15.0') return;
  const alertTarget = document.querySelector<HTMLElement>('#new-deploy-token-alert');
  const scopes = dataJson<string[]>(el, 'scopes', []);
  // Reactive so that v-model on checked[scope] works for every scope.
  const app = new NewDeployTokenApp({ propsData: { createPath: el.dataset.createNewTokenPath!, scopes, external: Boolean(alertTarget) } });
  app.$data.checked = Object.fromEntries(scopes.map((scope) => [scope, false]));
  app.$mount(el);
  if (alertTarget) {
    // One alert rendered into the portal for the page's life: a further token updates it in place.
    const portal = new Vue({
      components: { DeployTokenAlert },
      data: { token: null as NewDeployToken | null },
      template: `<deploy-token-alert v-if="token" :token="token" @dismiss="token = null" />`,
    });
    const anchor = document.createElement('div');
    alertTarget.appendChild(anchor);
    portal.$mount(anchor);
    app.$on('created', (token: NewDeployToken) => {
      portal.token = token;
    });
  }
}
