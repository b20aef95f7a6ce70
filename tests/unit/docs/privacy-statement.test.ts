import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdownBlocks } from '../../../utils/markdown';

// The privacy statement (PRIVACY.md) is what the stores and the people installing read. It must
// not drift from the code: a new permission, or a new place the extension keeps something, fails
// here until the statement says it.
const ROOT = join(import.meta.dirname, '../../..');
const statement = readFileSync(join(ROOT, 'PRIVACY.md'), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** What the statement says for each storage item the code defines: its area, and the words that describe it. */
const DESCRIBED: Record<string, { area: 'storage.local' | 'storage.session'; words: string }> = {
  'local:instances': { area: 'storage.local', words: 'the GitLab instances you added with their settings' },
  'local:lastRegistryHost': { area: 'storage.local', words: 'the last registry host you used' },
  'local:registryByOrigin': { area: 'storage.local', words: 'the registry host last seen per GitLab' },
  'session:pendingHandoffs': { area: 'storage.session', words: 'a value handed from a token page' },
};

describe('PRIVACY.md', () => {
  it('names every permission the manifest asks for, and explains it', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const permissions = /permissions: \[([^\]]*)\]/.exec(config)![1]!.match(/'([^']+)'/g)!.map((quoted) => quoted.slice(1, -1));
    expect(permissions.length).toBeGreaterThan(0);
    const section = statement.split('## Permissions, and why')[1]!.split('\n## ')[0]!;
    for (const permission of [...permissions, 'https://gitlab.com/*']) expect(section, permission).toContain(`- \`${permission}\`:`);
  });

  it('describes every storage item the extension defines, in the area where it lives', () => {
    const defined = sourceFiles(join(ROOT, 'utils'))
      .concat(sourceFiles(join(ROOT, 'components')), sourceFiles(join(ROOT, 'entrypoints')))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/defineItem<[^(]*>\(\s*'((?:local|session|sync|managed):[^']+)'/g)].map((match) => ({
          key: match[1]!,
          file: relative(ROOT, file),
        })),
      );
    expect(defined.length).toBeGreaterThan(0);
    for (const { key, file } of defined) {
      const described = DESCRIBED[key];
      expect(described, `${key} (${file}) is not described in PRIVACY.md: add it there and here`).toBeDefined();
      const paragraph = statement.split('\n- ').map((item) => item.replace(/\s+/g, ' ')).find((item) => item.includes(described!.words));
      expect(paragraph, `${key}: "${described!.words}"`).toBeDefined();
      expect(paragraph).toContain(`\`${described!.area}\``);
    }
  });

  it('reads into headings, paragraphs and lists the privacy page can show', () => {
    const blocks = parseMarkdownBlocks(statement);
    expect(blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Privacy statement' });
    expect(blocks.filter((block) => block.kind === 'heading' && block.level === 2).map((block) => block.kind === 'heading' && block.text)).toEqual([
      'What it reads',
      'Where it sends it',
      'What it stores',
      'Permissions, and why',
      'Checked by tests',
    ]);
    // No Markdown left unread: every backtick, star and link bracket was taken as markup.
    for (const block of blocks) {
      const texts = block.kind === 'list' ? block.items : [block.text];
      for (const text of texts) {
        const plain = parseInline(text).filter((part) => part.kind !== 'code').map((part) => part.text).join('');
        expect(plain, text).not.toMatch(/[`*]|\]\(/);
      }
    }
  });
});
