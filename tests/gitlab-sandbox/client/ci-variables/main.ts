// Entry of dist/ci-variables.js (+ .css): mounts the CI/CD variables app of the generation the
// page asks for (gon.sandbox.ui). The mount element's data-* are read FIRST, because Vue 2
// replaces the element with the app's root (`new Vue({ el })`), as on real GitLab pages.
import '@gitlab/ui/dist/index.css';
import '@gitlab/ui/dist/tailwind.css';
import './ci-variables.css';
import Vue from 'vue';
import App from './app';
import { readPageConfig } from './config';
// @ts-ignore (GitLab UI ships no type declarations)
import setConfigs from '@gitlab/ui/dist/config';

Vue.config.productionTip = false;
Vue.config.devtools = false;

function mount(): void {
  const el = document.getElementById('js-ci-variables') ?? document.getElementById('js-instance-variables');
  if (!el) return;
  const config = readPageConfig(el);
  // GitLab passes its own translations for GitLab UI's built-in texts (close buttons etc.).
  if (config.locale === 'de') {
    (setConfigs as (options: object) => void)({
      translations: {
        'CloseButton.title': 'Schließen',
        'GlAlert.closeButtonTitle': 'Verwerfen',
        'GlModal.closeButtonTitle': 'Schließen',
        'GlSearchBoxByType.clearButtonTitle': 'Leeren',
        'GlSearchBoxByType.input.placeholder': 'Suchen',
      },
    });
  }
  new Vue({ el, render: (h) => h(App, { props: { config } }) });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
else mount();
