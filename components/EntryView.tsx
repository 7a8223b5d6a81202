import type { Entry } from '@/lib/glossary/schema';
import { languageTag, readerLanguages, t } from '@/utils/i18n';

interface Props {
  entry: Entry;
  /** Id of the headword element, so a dialog can name itself after it. */
  headingId?: string;
  /** Called when a related entry is chosen; related ids are plain text without it. */
  onRelated?: (id: string) => void;
  /** How many corpus examples to show. */
  examples?: number;
}

/** One glossary entry, as the hover card and the popup show it. */
export function EntryView({ entry, headingId, onRelated, examples = 1 }: Props) {
  const languages = readerLanguages();
  // The user's own entries may have a definition in one language only.
  const definitions = languages.filter((lang) => entry.definition[lang]);
  const origin = entry.origin && [entry.origin.year, entry.origin.by, entry.origin.occasion].filter(Boolean).join(' · ');
  return (
    <article class="tifa-entry">
      <header class="tifa-head">
        <h2 class="tifa-headword" id={headingId} lang="zh-CN">
          {entry.term}
        </h2>
        {entry.pinyin && (
          <span class="tifa-pinyin" lang="zh-Latn-pinyin">
            {entry.pinyin}
          </span>
        )}
      </header>
      {entry.english && (
        <p class="tifa-english" lang="en">
          {entry.english}
        </p>
      )}
      <p class="tifa-badges">
        {entry.pack !== undefined && <span class="tifa-badge tifa-user">{t('badgePack', entry.pack)}</span>}
        {entry.englishOriginal !== undefined && <span class="tifa-badge tifa-user">{t('badgeUser')}</span>}
        {entry.owner === 'user' ? (
          <span class="tifa-badge tifa-user">{t('badgeUser')}</span>
        ) : (
          <>
            <span class={`tifa-badge tifa-level-${entry.level}`}>{t(`level_${entry.level}`)}</span>
            <span class="tifa-badge">{t(`category_${entry.category}`)}</span>
          </>
        )}
        {entry.region && (
          <span class="tifa-region" lang="zh-CN">
            {entry.region}
          </span>
        )}
      </p>
      {definitions.map((lang, i) => (
        <p key={lang} class={i === 0 ? 'tifa-definition' : 'tifa-definition tifa-secondary'} lang={languageTag(lang)}>
          {entry.definition[lang]}
        </p>
      ))}
      {entry.items && (
        <section class="tifa-section">
          <h3>{t('headingItems')}</h3>
          {entry.items.documented && entry.items.list.length > 0 ? (
            <ol class="tifa-items" lang="zh-CN">
              {entry.items.list.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ol>
          ) : (
            <p class="tifa-undocumented">{entry.items.note?.[languages[0]] ?? t('itemsUndocumented')}</p>
          )}
        </section>
      )}
      {origin && (
        <section class="tifa-section">
          <h3>{t('headingOrigin')}</h3>
          <p lang="zh-CN">{origin}</p>
        </section>
      )}
      {entry.examples.length > 0 && examples > 0 && (
        <section class="tifa-section">
          <h3>{t('headingExamples')}</h3>
          {entry.examples.slice(0, examples).map((example) => (
            <blockquote class="tifa-example" key={`${example.file}:${example.offset}`}>
              <p lang="zh-CN">{example.text}</p>
              <cite>{t('exampleSource', example.file, String(example.offset))}</cite>
            </blockquote>
          ))}
        </section>
      )}
      {entry.related.length > 0 && (
        <section class="tifa-section">
          <h3>{t('headingRelated')}</h3>
          <p class="tifa-related">
            {entry.related.map(({ id, term }) =>
              onRelated ? (
                <button type="button" key={id} class="tifa-link" lang="zh-CN" onClick={() => onRelated(id)}>
                  {term}
                </button>
              ) : (
                <span key={id} lang="zh-CN">
                  {term}
                </span>
              ),
            )}
          </p>
        </section>
      )}
    </article>
  );
}
