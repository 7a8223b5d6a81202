import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entry } from '@/lib/glossary/schema';
import type { SearchResult } from '@/lib/messages';
import { ask } from '@/utils/ask';
import { t } from '@/utils/i18n';
import { EntryRow } from './EntryRow';

/** Search as you type: only the answer to the latest query is shown. */
export function SearchResults({ query, onOpen, onError }: { query: string; onOpen: (entry: Entry) => void; onError: (error: unknown) => void }) {
  const [results, setResults] = useState<SearchResult[] | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const token = ++latest.current;
    ask({ type: 'search', query, limit: 50 }).then(
      (found) => token === latest.current && setResults(found),
      (error: unknown) => token === latest.current && onError(error),
    );
  }, [query]);

  if (results === null) return null;
  if (results.length === 0) return <p class="hint">{t('searchNoResults', query)}</p>;
  return (
    <ul class="results" aria-label={t('searchResultsLabel')}>
      {results.map(({ entry }) => (
        <li key={entry.id}>
          <EntryRow entry={entry} onOpen={onOpen} />
        </li>
      ))}
    </ul>
  );
}
