import Vue from 'vue';
import { GlButton } from '@gitlab/ui';
import { atLeast } from './env.ts';

/**
 * Copy buttons, in the two kinds GitLab has shipped (docs/gitlab-compatibility.md):
 * - older: the secret sits in the button's `data-clipboard-text`, and one page-wide listener
 *   (GitLab's ClipboardJS set-up, `installClipboardButtons`) copies it on click;
 * - newest (17.6+ here): no `data-clipboard-text` at all; the button's own click handler writes
 *   the text through `navigator.clipboard`, so the secret is only in the input's `.value`.
 */
export function installClipboardButtons(): void {
  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest?.('[data-clipboard-text]');
    if (button) void writeClipboard(button.getAttribute('data-clipboard-text') ?? '');
  });
}

async function writeClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // The browser refused (no focus or no permission): GitLab shows a tooltip, nothing more.
  }
}

/** Which kind of copy button this generation renders. */
export const copiesThroughNavigator = (): boolean => atLeast('17.6');

export const ClipboardButton = Vue.extend({
  name: 'ClipboardButton',
  components: { GlButton },
  props: {
    text: { type: String, required: true },
    title: { type: String, required: true },
    category: { type: String, default: 'secondary' },
  },
  computed: {
    throughNavigator: copiesThroughNavigator,
    clipboardAttrs(): Record<string, string> {
      return this.throughNavigator ? {} : { 'data-clipboard-text': this.text, 'data-clipboard-handle-tooltip': 'false' };
    },
  },
  methods: {
    copy() {
      if (this.throughNavigator) void writeClipboard(this.text);
    },
  },
  template: `<gl-button icon="copy-to-clipboard" class="btn-clipboard" :category="category" :title="title" :aria-label="title" v-bind="clipboardAttrs" @click="copy"><slot /></gl-button>`,
});
