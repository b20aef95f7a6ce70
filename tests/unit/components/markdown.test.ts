import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdownBlocks } from '../../../utils/markdown';

describe('parseMarkdownBlocks', () => {
  it('reads headings by their level, paragraphs joined across lines, and lists whose items wrap', () => {
    expect(parseMarkdownBlocks('# Title\n\nOne line\nand the next.\n\n## Part\n- first item\n  wraps here\n- second\nAfter.')).toEqual([
      { kind: 'heading', level: 1, text: 'Title' },
      { kind: 'paragraph', text: 'One line and the next.' },
      { kind: 'heading', level: 2, text: 'Part' },
      { kind: 'list', items: ['first item wraps here', 'second'] },
      { kind: 'paragraph', text: 'After.' },
    ]);
  });

  it('ends a list at a blank line, so the next list is a list of its own', () => {
    expect(parseMarkdownBlocks('- a\n\n- b')).toEqual([
      { kind: 'list', items: ['a'] },
      { kind: 'list', items: ['b'] },
    ]);
  });
});

describe('parseInline', () => {
  it('takes code first, so stars inside code stay text', () => {
    expect(parseInline('run `a*b*c` and **save** *now*')).toEqual([
      { kind: 'text', text: 'run ' },
      { kind: 'code', text: 'a*b*c' },
      { kind: 'text', text: ' and ' },
      { kind: 'strong', text: 'save' },
      { kind: 'text', text: ' ' },
      { kind: 'em', text: 'now' },
    ]);
  });

  it('leaves markup-looking text that is not markup alone, and never yields HTML', () => {
    expect(parseInline('https://*/* and 2 * 3 and <b>x</b>')).toEqual([{ kind: 'text', text: 'https://*/* and 2 * 3 and <b>x</b>' }]);
  });
});
