import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entry } from '@/lib/glossary/schema';
import type { SearchResult } from '@/lib/messages';
import { EntryView } from '@/components/EntryView';
import { ask } from '@/utils/ask';
import { t } from '@/utils/i18n';

/** The toolbar popup: search the glossary as you type, open an entry, browse related ones. */
export function Popup() {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[]>([]);
  const [selected, setSelected] = useState<Entry | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  // "Open in glossary" from a card opens the popup (or a tab) on that entry.
  useEffect(() => {
    const id = new URLSearchParams(location.search).get('entry');
    if (id) ask({ type: 'lookup', id }).then((entry) => entry && setSelected(entry), (e: unknown) => setError(String(e)));
  }, []);

  useEffect(() => {
    const token = ++latest.current;
    if (!query.trim()) {
      setResults([]);
      return;
    }
    ask({ type: 'search', query, limit: 50 }).then(
      (found) => {
        if (token !== latest.current) return;
        setResults(found);
        setError(null);
      },
      (e: unknown) => token === latest.current && setError(String(e)),
    );
  }, [query]);

  const openRelated = (id: string) => {
    ask({ type: 'lookup', id }).then((entry) => entry && setSelected(entry), (e: unknown) => setError(String(e)));
  };

  return (
    <main class="popup">
      <input
        class="search"
        type="search"
        autoFocus
        value={query}
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchLabel')}
        onInput={(e) => {
          setSelected(null);
          setQuery(e.currentTarget.value);
        }}
      />
      {error && <p class="error" role="alert">{t('errorPrefix', error)}</p>}
      {selected ? (
        <section class="entry">
          <button type="button" class="back" onClick={() => setSelected(null)}>
            ← {t('backToResults')}
          </button>
          <EntryView entry={selected} onRelated={openRelated} examples={2} />
        </section>
      ) : (
        <ResultList query={query} results={results} onOpen={setSelected} />
      )}
    </main>
  );
}

function ResultList({ query, results, onOpen }: { query: string; results: SearchResult[]; onOpen: (e: Entry) => void }) {
  if (!query.trim()) return <p class="hint">{t('searchHint')}</p>;
  if (results.length === 0) return <p class="hint">{t('searchNoResults', query)}</p>;
  return (
    <ul class="results" aria-label={t('searchResultsLabel')}>
      {results.map(({ entry }) => (
        <li key={entry.id}>
          <button type="button" class="result" onClick={() => onOpen(entry)}>
            <span class="result-term" lang="zh-CN">
              {entry.term}
            </span>
            <span class="result-pinyin">{entry.pinyin}</span>
            <span class="result-english">{entry.english}</span>
            {entry.owner === 'user' ? (
              <span class="tifa-badge tifa-user">{t('badgeUser')}</span>
            ) : (
              <span class={`tifa-badge tifa-level-${entry.level}`}>{t(`level_${entry.level}`)}</span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}
