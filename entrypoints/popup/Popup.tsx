import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entry } from '@/lib/glossary/schema';
import { EntryView } from '@/components/EntryView';
import { ask } from '@/utils/ask';
import { errorText } from '@/utils/error-text';
import { t } from '@/utils/i18n';
import { readPage, type PageInfo } from './active-tab';
import { moveFocus } from './arrow-keys';
import { OnThisPage } from './OnThisPage';
import { SearchResults } from './SearchResults';
import { StorageBanner } from '@/components/StorageBanner';
import { Switches } from './Switches';

/**
 * The toolbar popup: search the glossary as you type; with no query, the terms on this page.
 * An entry opens in place, with related entries to browse; Escape goes back to the list.
 */
export function Popup() {
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<Entry | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [page, setPage] = useState<PageInfo | null | undefined>(undefined);
  const search = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const backButton = useRef<HTMLButtonElement>(null);

  useEffect(() => void readPage().then(setPage, () => setPage(null)), []);
  // "Open in glossary" from a card opens the popup (or a tab) on that entry.
  useEffect(() => {
    const id = new URLSearchParams(location.search).get('entry');
    if (id) open(id);
  }, []);

  const open = (id: string) => ask({ type: 'lookup', id }).then((entry) => entry && setSelected(entry), (e: unknown) => setError(errorText(e)));
  const back = () => {
    setSelected(null);
    search.current?.focus();
  };
  // Keys are heard on the document: after Enter the focused result is gone from the page.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && selected) {
        event.preventDefault();
        back();
      } else if (!selected) moveFocus(event, list.current, search.current);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selected]);
  // An opened entry takes the focus, so Tab continues inside it.
  useEffect(() => {
    if (selected) backButton.current?.focus();
  }, [selected]);

  return (
    <main class="popup">
      <input
        ref={search}
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
      <StorageBanner />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {selected ? (
        <section class="entry">
          <button ref={backButton} type="button" class="back" onClick={back}>
            ← {t('backToResults')}
          </button>
          <EntryView entry={selected} onRelated={open} examples={2} />
        </section>
      ) : (
        <div ref={list}>
          {query.trim() ? <SearchResults query={query} onOpen={setSelected} onError={(e) => setError(errorText(e))} /> : page !== undefined && <OnThisPage page={page} />}
        </div>
      )}
      {page !== undefined && <Switches url={page?.url ?? null} />}
    </main>
  );
}
