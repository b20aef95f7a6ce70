import type { ComponentChildren } from 'preact';
import { parseInline, parseMarkdownBlocks } from '../../utils/markdown';
import { useLanguage } from '../i18n';

function Inline({ text }: { text: string }) {
  return (
    <>
      {parseInline(text).map((part, index) =>
        part.kind === 'code' ? (
          <code key={index}>{part.text}</code>
        ) : part.kind === 'strong' ? (
          <strong key={index}>{part.text}</strong>
        ) : part.kind === 'em' ? (
          <em key={index}>{part.text}</em>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

function Heading({ level, children }: { level: number; children: ComponentChildren }) {
  const Tag = `h${Math.min(level, 6)}` as 'h1';
  return <Tag>{children}</Tag>;
}

/** The privacy statement (PRIVACY.md), as the extension shows it from its options page. */
export function PrivacyPage({ source }: { source: string }) {
  const { locale, t } = useLanguage();
  return (
    <main class="options privacy">
      {/* PRIVACY.md is kept in English only (one text the stores and the README link to): said in
          the page's language, and the statement marked as English for screen readers and translators. */}
      {locale !== 'en' && <p class="note">{t('privacy.english-only')}</p>}
      <div lang="en">
        {parseMarkdownBlocks(source).map((block, index) =>
          block.kind === 'heading' ? (
            <Heading key={index} level={block.level}>
              <Inline text={block.text} />
            </Heading>
          ) : block.kind === 'list' ? (
            <ul key={index}>
              {block.items.map((item, itemIndex) => (
                <li key={itemIndex}>
                  <Inline text={item} />
                </li>
              ))}
            </ul>
          ) : (
            <p key={index}>
              <Inline text={block.text} />
            </p>
          ),
        )}
      </div>
    </main>
  );
}
