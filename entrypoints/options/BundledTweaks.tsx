import { useEffect, useState } from 'preact/hooks';
import type { Entry } from '@/lib/glossary/schema';
import type { SearchResult } from '@/lib/messages';
import { NoteEditor } from '@/components/NoteEditor';
import { LIMITS } from '@/lib/limits';
import { ask } from '@/utils/ask';
import { errorText } from '@/utils/error-text';
import { t } from '@/utils/i18n';

/** A bundled entry made the user's own: their English rendering and their note. */
export function BundledTweaks({ focus }: { focus: string | null }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[]>([]);
  const [entry, setEntry] = useState<Entry | null>(null);

  const open = (id: string) => ask({ type: 'lookup', id }).then(setEntry, () => setEntry(null));
  useEffect(() => {
    if (focus) void open(focus);
  }, [focus]);
  useEffect(() => {
    if (!query.trim()) return setResults([]);
    void ask({ type: 'search', query, limit: 8 }).then((found) => setResults(found.filter((r) => r.entry.owner !== 'user')), () => setResults([]));
  }, [query]);

  return (
    <section class="panel" aria-labelledby="bundled-heading">
      <h2 id="bundled-heading">{t('optionsBundled')}</h2>
      <p class="hint">{t('optionsBundledHint')}</p>
      <input type="search" aria-label={t('searchLabel')} placeholder={t('searchPlaceholder')} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      <ul class="entry-list">
        {results.map(({ entry: found }) => (
          <li key={found.id}>
            <button type="button" class="link" lang="zh-CN" onClick={() => void open(found.id)}>
              {found.term}
            </button>{' '}
            <span class="entry-english">{found.english}</span>
          </li>
        ))}
      </ul>
      {entry && <Tweak key={entry.id} entry={entry} onSaved={setEntry} />}
    </section>
  );
}

function Tweak({ entry, onSaved }: { entry: Entry; onSaved: (entry: Entry) => void }) {
  const [english, setEnglish] = useState(entry.english);
  const [note, setNote] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => void ask({ type: 'getNote', id: entry.id }).then(setNote, () => undefined), [entry.id]);

  const save = (event: Event) => {
    event.preventDefault();
    ask({ type: 'setEnglish', id: entry.id, english })
      .then(() => ask({ type: 'lookup', id: entry.id }))
      .then(
        (fresh) => {
          setStatus(t('entrySaved', entry.term));
          if (fresh) onSaved(fresh);
        },
        (e: unknown) => setStatus(errorText(e)),
      );
  };

  return (
    <div class="tweak">
      <h3 lang="zh-CN">{entry.term}</h3>
      <form onSubmit={save} class="entry-form">
        <label class="field">
          <span class="field-label">{t('fieldEnglish')}</span>
          <input lang="en" maxLength={LIMITS.english} value={english} onInput={(e) => setEnglish(e.currentTarget.value)} />
          {entry.englishOriginal !== undefined && <span class="hint">{t('englishOriginal', entry.englishOriginal)}</span>}
        </label>
        <p class="buttons">
          <button type="submit" class="primary">
            {t('save')}
          </button>
          <span role="status">{status}</span>
        </p>
      </form>
      <NoteEditor
        note={note}
        onSave={async (text) => {
          await ask({ type: 'saveNote', id: entry.id, text });
          setNote(text.trim() ? text : null);
        }}
      />
    </div>
  );
}
