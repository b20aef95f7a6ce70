import { useEffect, useMemo, useState } from 'preact/hooks';
// The builder's own module, not the engine's index: the index also carries inspect.ts and its
// zod schema, which the first frame does not need (figure 5 of `npm run bench`).
import { buildDockerAuthConfig, type CredentialInput } from '../../utils/docker-auth-config/build';
import { deferred } from '../deferred';
import { useLanguage } from '../i18n';
import { BuilderView, type EntryState } from './BuilderView';

// Not in the first frame, so loaded after it (see deferred): the Inspect tab starts hidden, the
// offer to enable this GitLab shows only once the active tab has been looked at, and the last
// registry (zod-checked storage) fills in the Registry field when it arrives.
const InspectView = deferred(() => import('./InspectView').then((module) => module.InspectView));
const EnableOnThisGitLab = deferred(() => import('../options/EnableOnThisGitLab').then((module) => module.EnableOnThisGitLab));
// Its functions are reached as `module.name`, never destructured: WXT's auto-import takes a bare
// `readLastRegistry` for a missing import and would add a static one, undoing the split.
const lastRegistry = () => import('../../utils/last-registry');

type ViewName = 'build' | 'inspect';
const VIEWS: Array<{ name: ViewName; label: 'popup.view.build' | 'popup.view.inspect' }> = [
  { name: 'build', label: 'popup.view.build' },
  { name: 'inspect', label: 'popup.view.inspect' },
];

const emptyInput = (registry = ''): CredentialInput => ({ registry, username: '', secret: '' });

/**
 * The popup: build a DOCKER_AUTH_CONFIG by hand, or inspect and merge an existing one.
 * Everything typed here lives in this page's memory only; closing the popup forgets it.
 */
export function PopupApp() {
  const { t } = useLanguage();
  const [view, setView] = useState<ViewName>('build');
  const [nextId, setNextId] = useState(2);
  const [entries, setEntries] = useState<EntryState[]>([{ id: 1, value: emptyInput(), touched: {} }]);
  const outcome = useMemo(() => buildDockerAuthConfig(entries.map((entry) => entry.value), t), [entries, t]);

  useEffect(() => {
    void lastRegistry().then((module) => module.readLastRegistry()).then((registry) => {
      if (!registry) return;
      setEntries((current) =>
        current.map((entry, index) =>
          index === 0 && entry.value.registry === '' ? { ...entry, value: { ...entry.value, registry } } : entry,
        ),
      );
    });
  }, []);

  const addEntry = () => {
    setEntries([...entries, { id: nextId, value: emptyInput(), touched: {} }]);
    setNextId(nextId + 1);
  };
  // ARIA tabs: the arrows, Home and End move between the tabs and show the view at once; only the
  // selected tab is in the Tab order.
  const onTabKey = (event: KeyboardEvent) => {
    const index = VIEWS.findIndex((entry) => entry.name === view);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: VIEWS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const name = VIEWS[(next + VIEWS.length) % VIEWS.length]!.name;
    setView(name);
    document.getElementById(`tab-${name}`)?.focus();
  };
  const rememberRegistry = () => {
    const first = outcome.ok ? outcome.entries[0] : undefined;
    if (first) void lastRegistry().then((module) => module.rememberLastRegistry(first.key));
  };

  return (
    <main class="popup">
      <h1>{t('popup.title')}</h1>
      <EnableOnThisGitLab />
      <div role="tablist" aria-label={t('popup.views')} onKeyDown={onTabKey}>
        {VIEWS.map(({ name, label }) => (
          <button
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={view === name}
            tabIndex={view === name ? 0 : -1}
            aria-controls={`panel-${name}`}
            class="tab"
            onClick={() => setView(name)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="panel-build" aria-labelledby="tab-build" hidden={view !== 'build'}>
        <BuilderView
          entries={entries}
          outcome={outcome}
          onEntriesChange={setEntries}
          onAddEntry={addEntry}
          onCopied={rememberRegistry}
        />
      </div>
      <div role="tabpanel" id="panel-inspect" aria-labelledby="tab-inspect" hidden={view !== 'inspect'}>
        <InspectView built={outcome} />
      </div>
    </main>
  );
}
