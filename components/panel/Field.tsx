import type { ComponentChildren } from 'preact';

/**
 * A labelled field with its error and notes right below it (aria-describedby). The notes stay
 * beside an error: one may be what to do about it (a disabled registry, a failed lookup).
 */
export function Field(props: {
  id: string;
  label: string;
  error?: string | null;
  notes?: Array<string | null | undefined>;
  children: ComponentChildren;
}) {
  const notes = (props.notes ?? []).filter((note): note is string => Boolean(note));
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.children}
      <div id={`${props.id}-message`}>
        {props.error && <p class="error">{props.error}</p>}
        {notes.map((note) => (
          <p class="note">{note}</p>
        ))}
      </div>
    </div>
  );
}
