/**
 * The little Markdown the privacy statement (PRIVACY.md) is written in, read into blocks the
 * privacy page renders as elements (never as HTML strings, so no text can become markup):
 * `#` headings, `- ` lists whose items may wrap onto indented lines, paragraphs, and inline
 * `code`, **strong** and *emphasis*. The statement has one source, shown on the repository and
 * inside the extension alike.
 */
export type MarkdownBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] };

export type InlinePart = { kind: 'text' | 'code' | 'strong' | 'em'; text: string };

export function parseMarkdownBlocks(source: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let current: MarkdownBlock | null = null;
  const end = () => {
    if (current) blocks.push(current);
    current = null;
  };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (line.trim() === '') {
      end();
    } else if (heading) {
      end();
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]! });
    } else if (line.startsWith('- ')) {
      if (current?.kind !== 'list') {
        end();
        current = { kind: 'list', items: [] };
      }
      current.items.push(line.slice(2).trim());
    } else if (current?.kind === 'list' && /^\s/.test(line)) {
      current.items[current.items.length - 1] += ` ${line.trim()}`;
    } else if (current?.kind === 'paragraph') {
      current.text += ` ${line.trim()}`;
    } else {
      end();
      current = { kind: 'paragraph', text: line.trim() };
    }
  }
  end();
  return blocks;
}

/** `code` first (nothing inside it is markup), then **strong** and *emphasis* (which starts with a
 * letter or digit, so a match pattern such as `https://*.example.com` stays text) in the rest. */
export function parseInline(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  text.split(/(`[^`]+`)/).forEach((piece) => {
    if (piece === '') return;
    if (piece.startsWith('`') && piece.endsWith('`') && piece.length > 2) {
      parts.push({ kind: 'code', text: piece.slice(1, -1) });
      return;
    }
    for (const span of piece.split(/(\*\*[^*]+\*\*|\*[\p{L}\p{N}][^*]*\*)/u)) {
      if (span === '') continue;
      if (span.startsWith('**') && span.endsWith('**') && span.length > 4) parts.push({ kind: 'strong', text: span.slice(2, -2) });
      else if (span.startsWith('*') && span.endsWith('*') && span.length > 2) parts.push({ kind: 'em', text: span.slice(1, -1) });
      else parts.push({ kind: 'text', text: span });
    }
  });
  return parts;
}
