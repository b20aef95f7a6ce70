import { useMemo, useState } from 'preact/hooks';
import {
  inspectDockerAuthConfig,
  mergeIntoDockerAuthConfig,
  type BuildOutcome,
  type MergeOutcome,
  type Problem,
} from '../../utils/docker-auth-config';
import { CopyButton } from '../CopyButton';
import { listOf, sentences, useLanguage, useT, type Language } from '../i18n';

function ProblemList(props: { problems: Problem[] }) {
  const t = useT();
  if (props.problems.length === 0) return null;
  return (
    <ul class="problems">
      {props.problems.map((problem) => (
        <li class={problem.severity === 'error' ? 'message-error' : 'message-warning'} data-severity={problem.severity}>
          {t(problem.severity === 'error' ? 'popup.problem.error' : 'popup.problem.warning', { message: problem.message })}
        </li>
      ))}
    </ul>
  );
}

/** Whether the runner would ignore the merged value: an entry kept from the pasted one is broken. */
const mergeIgnored = (problems: Problem[]) => problems.some((problem) => problem.severity === 'error');

function mergeSummary(merge: Extract<MergeOutcome, { ok: true }>, { locale, t }: Language): string {
  const registries = (names: string[]) => ({ registries: listOf(locale, names) });
  return sentences(locale, [
    merge.added.length > 0 && t('popup.merge.added', registries(merge.added)),
    merge.replaced.length > 0 && t('popup.merge.replaced', registries(merge.replaced)),
    merge.unchanged.length > 0 && t('popup.merge.unchanged', registries(merge.unchanged)),
    t(mergeIgnored(merge.problems) ? 'popup.merge.kept-but-ignored' : 'popup.merge.kept'),
  ]);
}

// Written into the placeholder as is: JSON is never translated, and braces cannot stand in a pattern.
const PASTE_EXAMPLE = '{"auths":{...}}';

/** Inspect view: reads a pasted value as the runner would, and merges the Build entries into it. */
export function InspectView(props: { built: BuildOutcome }) {
  const language = useLanguage();
  const { locale, t } = language;
  const [existing, setExisting] = useState('');
  const [mergeRequested, setMergeRequested] = useState(false);
  const inspection = useMemo(() => (existing.trim() === '' ? null : inspectDockerAuthConfig(existing, t)), [existing, t]);
  const merge = useMemo(
    () => (mergeRequested && props.built.ok ? mergeIntoDockerAuthConfig(existing, props.built.entries, t) : null),
    [mergeRequested, existing, props.built, t],
  );

  return (
    <div class="view">
      <div class="field">
        <label for="existing">{t('popup.existing')}</label>
        <textarea
          id="existing"
          autocomplete="off"
          rows={5}
          spellcheck={false}
          value={existing}
          placeholder={t('popup.existing.placeholder', { example: PASTE_EXAMPLE })}
          onInput={(event) => {
            setExisting(event.currentTarget.value);
            setMergeRequested(false);
          }}
        />
      </div>
      {/* The sections and their live regions exist, empty, from the start: what is put in them later is announced. */}
      <section aria-label={t('popup.inspection')}>
        <p role="status" class={inspection ? (inspection.ok ? 'message-ok' : 'message-error') : undefined}>
          {inspection &&
            sentences(locale, [
              inspection.ok ? t('popup.inspection.usable', { count: inspection.entries.length }) : t('popup.inspection.ignored'),
              t(inspection.maskable ? 'popup.inspection.maskable' : 'popup.inspection.not-maskable'),
            ])}
        </p>
        {inspection && (
          <>
            {inspection.entries.length > 0 && (
              <table class="entries">
                <thead>
                  <tr>
                    <th scope="col">{t('popup.field.registry')}</th>
                    <th scope="col">{t('popup.field.username')}</th>
                    <th scope="col">{t('popup.field.token')}</th>
                  </tr>
                </thead>
                <tbody>
                  {inspection.entries.map((entry) => (
                    <tr>
                      <td>{entry.registry}</td>
                      <td>{entry.username ?? '—'}</td>
                      <td>{entry.secret ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <ProblemList problems={inspection.problems} />
          </>
        )}
      </section>
      <div class="field">
        <button
          type="button"
          class="button"
          disabled={!props.built.ok || existing.trim() === ''}
          onClick={() => setMergeRequested(true)}
        >
          {t('popup.merge')}
        </button>
        {!props.built.ok && <p class="hint">{t('popup.merge.needs-build')}</p>}
      </div>
      <p class="message-error" role="alert">
        {merge && !merge.ok ? merge.error : ''}
      </p>
      <section aria-label={t('popup.merge.result')}>
        <p role="status" class={merge?.ok && mergeIgnored(merge.problems) ? 'message-error' : 'message-ok'}>
          {merge?.ok ? mergeSummary(merge, language) : ''}
        </p>
        {merge?.ok && (
          <>
            <ProblemList problems={merge.problems} />
            <div class="field">
              <label for="merged">{t('popup.merged')}</label>
              <textarea id="merged" readOnly rows={4} autocomplete="off" value={merge.json} />
            </div>
            <CopyButton text={merge.json} />
          </>
        )}
      </section>
    </div>
  );
}
