import { browser } from '#imports';
import { useLayoutEffect, useState } from 'preact/hooks';
import { grantedOrigins } from '../../utils/instances/access';
import type { Instance } from '../../utils/instances/settings';
import { listInstances, watchInstanceList } from '../../utils/instances/store';
import { useT } from '../i18n';
import { AddInstanceForm } from './AddInstanceForm';
import { InstanceCard } from './InstanceCard';

/** The options page: the GitLab instances the extension serves, and their settings. */
export function OptionsApp() {
  const t = useT();
  const [instances, setInstances] = useState<Instance[] | null>(null);
  const [granted, setGranted] = useState<Set<string>>(new Set());

  // A layout effect, not useEffect: Preact runs plain effects only after the next frame, and the
  // list (this page's first view, figure 5 of `npm run bench`) waits on this read. Started here,
  // the storage read overlaps that frame instead of following it.
  useLayoutEffect(() => {
    const show = (list: Instance[]) => {
      void grantedOrigins(list.filter((instance) => !instance.builtIn).map((instance) => instance.origin)).then((origins) => {
        setGranted(origins);
        setInstances(list);
      });
    };
    void listInstances().then(show);
    return watchInstanceList(show);
  }, []);

  return (
    <main class="options">
      <h1>{t('options.heading')}</h1>
      <p class="note">{t('options.intro')}</p>
      <h2>{t('options.instances')}</h2>
      {instances === null ? (
        <p>{t('options.loading')}</p>
      ) : (
        <ul class="instances" aria-label={t('options.instances')}>
          {instances.map((instance) => (
            <InstanceCard key={instance.origin} instance={instance} granted={instance.builtIn || granted.has(instance.origin)} />
          ))}
        </ul>
      )}
      <AddInstanceForm addedOrigins={(instances ?? []).map((instance) => instance.origin)} />
      <p class="note">
        <a href={browser.runtime.getURL('/privacy.html')} target="_blank" rel="noopener">
          {t('options.privacy-link')}
        </a>
      </p>
    </main>
  );
}
