import { useMemo, useState } from 'preact/hooks';
import {
  inspectDockerAuthConfig,
  mergeIntoDockerAuthConfig,
  type BuildOutcome,
  type MergeOutcome,
  type Problem,
} from '../../utils/docker-auth-config';
import { CopyButton } from '../CopyButton';

function ProblemList(props: { problems: Problem[] }) {
  if (props.problems.length === 0) return null;
  return (
    <ul class="problems">
      {props.problems.map((problem) => (
        <li class={problem.severity === 'error' ? 'message-error' : 'message-warning'} data-severity={problem.severity}>
          {problem.severity === 'error' ? 'Error: ' : 'Warning: '}
          {problem.message}
        </li>
      ))}
    </ul>
  );
}

/** Whether the runner would ignore the merged value: an entry kept from the pasted one is broken. */
const mergeIgnored = (problems: Problem[]) => problems.some((problem) => problem.severity === 'error');

function mergeSummary(merge: Extract<MergeOutcome, { ok: true }>): string {
  return [
    merge.added.length > 0 ? `Added: ${merge.added.join(', ')}.` : '',
    merge.replaced.length > 0 ? `Replaced: ${merge.replaced.join(', ')}.` : '',
    merge.unchanged.length > 0 ? `Unchanged: ${merge.unchanged.join(', ')}.` : '',
    mergeIgnored(merge.problems)
      ? 'Other registries are kept as they were, but the runner would ignore this whole value for the errors below: fix or remove those entries before you save it.'
      : 'Other registries are kept as they were.',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Inspect view: reads a pasted value as the runner would, and merges the Build entries into it. */
export function InspectView(props: { built: BuildOutcome }) {
  const [existing, setExisting] = useState('');
  const [mergeRequested, setMergeRequested] = useState(false);
  const inspection = useMemo(() => (existing.trim() === '' ? null : inspectDockerAuthConfig(existing)), [existing]);
  const merge = useMemo(
    () => (mergeRequested && props.built.ok ? mergeIntoDockerAuthConfig(existing, props.built.entries) : null),
    [mergeRequested, existing, props.built],
  );

  return (
    <div class="view">
      <div class="field">
        <label for="existing">Existing DOCKER_AUTH_CONFIG</label>
        <textarea
          id="existing"
          autocomplete="off"
          rows={5}
          spellcheck={false}
          value={existing}
          placeholder='Paste a value such as {"auths":{...}}. It stays in this popup.'
          onInput={(event) => {
            setExisting(event.currentTarget.value);
            setMergeRequested(false);
          }}
        />
      </div>
      {/* The sections and their live regions exist, empty, from the start: what is put in them later is announced. */}
      <section aria-label="Inspection">
        <p role="status" class={inspection ? (inspection.ok ? 'message-ok' : 'message-error') : undefined}>
          {inspection &&
            `${
              inspection.ok
                ? `The runner can use all ${inspection.entries.length} registr${inspection.entries.length === 1 ? 'y' : 'ies'}.`
                : 'The runner would ignore this whole value. Fix the errors below.'
            } ${inspection.maskable ? 'GitLab can mask it (with Expand variable reference off).' : 'GitLab cannot mask it as it is.'}`}
        </p>
        {inspection && (
          <>
            {inspection.entries.length > 0 && (
              <table class="entries">
                <thead>
                  <tr>
                    <th scope="col">Registry</th>
                    <th scope="col">Username</th>
                    <th scope="col">Token</th>
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
          Merge the Build entries into it
        </button>
        {!props.built.ok && <p class="hint">Fill in the Build view first: its registries are what gets merged.</p>}
      </div>
      <p class="message-error" role="alert">
        {merge && !merge.ok ? merge.error : ''}
      </p>
      <section aria-label="Merge result">
        <p role="status" class={merge?.ok && mergeIgnored(merge.problems) ? 'message-error' : 'message-ok'}>
          {merge?.ok ? mergeSummary(merge) : ''}
        </p>
        {merge?.ok && (
          <>
            <ProblemList problems={merge.problems} />
            <div class="field">
              <label for="merged">Merged DOCKER_AUTH_CONFIG</label>
              <textarea id="merged" readOnly rows={4} autocomplete="off" value={merge.json} />
            </div>
            <CopyButton text={merge.json} />
          </>
        )}
      </section>
    </div>
  );
}
