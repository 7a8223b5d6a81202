import { useEffect, useState } from 'preact/hooks';
import type { Entry } from '@/lib/glossary/schema';
import { LEVELS, type Level } from '@/lib/glossary/vocabulary';
import { ask } from '@/utils/ask';
import { errorText } from '@/utils/error-text';
import { t } from '@/utils/i18n';
import { askTab, type PageInfo } from './active-tab';
import { EntryRow } from './EntryRow';

interface Found {
  entry: Entry;
  count: number;
}

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; groups: [Level, Found[]][] };

function group(found: Found[]): [Level, Found[]][] {
  return LEVELS.map((level): [Level, Found[]] => [level, found.filter((f) => f.entry.level === level)]).filter(([, list]) => list.length > 0);
}

/** The terms underlined on the reader's page, by level of government; a click shows the next one. */
export function OnThisPage({ page }: { page: PageInfo | null }) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    if (!page?.running) return;
    ask({ type: 'lookupMany', ids: page.terms.map((term) => term.id) }).then(
      (entries) => {
        const byId = new Map(entries.map((e) => [e.id, e]));
        const found = page.terms.flatMap((term) => {
          const entry = byId.get(term.id);
          return entry ? [{ entry, count: term.count }] : [];
        });
        setState({ kind: 'ready', groups: group(found) });
      },
      (error: unknown) => setState({ kind: 'error', message: errorText(error) }),
    );
  }, [page]);

  const reveal = (entry: Entry) => {
    if (!page) return;
    askTab(page.tabId, { type: 'reveal', id: entry.id }).then(
      (shown) => shown && window.close(),
      (error: unknown) => setState({ kind: 'error', message: errorText(error) }),
    );
  };

  return (
    <section class="on-page" aria-labelledby="on-page-heading">
      <h2 id="on-page-heading">{t('onPageHeading')}</h2>
      {!page && <p class="hint">{t('onPageUnavailable')}</p>}
      {page && !page.running && <p class="hint">{t('onPageOff')}</p>}
      {page?.running && state.kind === 'loading' && <p class="hint">{t('loading')}</p>}
      {page?.running && state.kind === 'error' && (
        <p class="error" role="alert">
          {state.message}
        </p>
      )}
      {page?.running && state.kind === 'ready' && state.groups.length === 0 && <p class="hint">{t('onPageNone')}</p>}
      {page?.running &&
        state.kind === 'ready' &&
        state.groups.map(([level, list]) => (
          <div class="level-group" key={level}>
            <h3>
              {t(`level_${level}`)} <span class="group-count">{list.length}</span>
            </h3>
            <ul class="results">
              {list.map(({ entry, count }) => (
                <li key={entry.id}>
                  <EntryRow entry={entry} count={count} onOpen={reveal} />
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
