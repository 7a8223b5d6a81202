import { useEffect, useState } from 'preact/hooks';
import type { Entry } from '@/lib/glossary/schema';
import { formOf, type UserEntryForm } from '@/lib/glossary/user-entry';
import { foldTerm } from '@/lib/text/normalize';
import { ask } from '@/utils/ask';
import { errorText } from '@/utils/error-text';
import { t } from '@/utils/i18n';
import { EMPTY_FORM, EntryForm } from './EntryForm';

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; entry: Entry };

/** The user's own entries: list, filter, create, edit, delete with undo. */
export function MyEntries({ onBundled, version }: { onBundled: (id: string) => void; version: number }) {
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [deleted, setDeleted] = useState<Entry[]>([]);
  const [message, setMessage] = useState('');

  const reload = () => ask({ type: 'userEntries' }).then(setEntries, (e: unknown) => setMessage(errorText(e)));
  useEffect(() => void reload(), [version]);

  const save = async (form: UserEntryForm) => {
    const id = editing.kind === 'edit' ? editing.entry.id : undefined;
    const saved = await ask({ type: 'saveUserEntry', id, form });
    setEditing({ kind: 'none' });
    setMessage(t('entrySaved', saved.term));
    await reload();
  };
  const remove = (entry: Entry) =>
    ask({ type: 'deleteUserEntry', id: entry.id }).then(
      (gone) => {
        if (gone) setDeleted([...deleted, gone]);
        // The row goes with the notice, not a moment later when the list is read again.
        setEntries((list) => list && list.filter((e) => e.id !== entry.id));
        setMessage('');
        return reload();
      },
      (e: unknown) => setMessage(errorText(e)),
    );
  const undo = () => {
    const last = deleted[deleted.length - 1];
    if (!last) return;
    ask({ type: 'restoreUserEntries', entries: [last] }).then(
      () => {
        setDeleted(deleted.slice(0, -1));
        return reload();
      },
      (e: unknown) => setMessage(errorText(e)),
    );
  };
  const editExisting = (id: string) => {
    const own = entries?.find((e) => e.id === id);
    if (own) setEditing({ kind: 'edit', entry: own });
    else onBundled(id);
  };

  const key = foldTerm(filter);
  const shown = (entries ?? []).filter((e) => !key || foldTerm(e.term).includes(key) || e.english.toLowerCase().includes(filter.trim().toLowerCase()));

  return (
    <section class="panel" aria-labelledby="mine-heading">
      <h2 id="mine-heading">
        {t('optionsMine')} <span class="count">{entries?.length ?? ''}</span>
      </h2>
      <p class="toolbar">
        <input type="search" aria-label={t('optionsFilter')} placeholder={t('optionsFilter')} value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
        <button type="button" class="primary" onClick={() => setEditing({ kind: 'new' })}>
          {t('optionsNewEntry')}
        </button>
      </p>
      {deleted.length > 0 && (
        <p class="notice" role="status">
          {t('entryDeleted', deleted[deleted.length - 1]!.term)}{' '}
          <button type="button" class="link" onClick={undo}>
            {t('undo')}
          </button>
        </p>
      )}
      {message && <p class="notice" role="status">{message}</p>}
      {editing.kind !== 'none' && (
        <EntryForm
          key={editing.kind === 'edit' ? editing.entry.id : 'new'}
          initial={editing.kind === 'edit' ? formOf(editing.entry) : EMPTY_FORM}
          onSave={save}
          onCancel={() => setEditing({ kind: 'none' })}
          onEditExisting={editExisting}
        />
      )}
      {entries && entries.length === 0 && <p class="hint">{t('optionsMineEmpty')}</p>}
      <ul class="entry-list">
        {shown.map((entry) => (
          <li key={entry.id} class="entry-row">
            <span class="entry-term" lang="zh-CN">
              {entry.term}
            </span>
            <span class="entry-english">{entry.english || entry.definition.zh || entry.definition.en}</span>
            <button type="button" class="quiet" aria-label={t('editEntry', entry.term)} onClick={() => setEditing({ kind: 'edit', entry })}>
              {t('edit')}
            </button>
            <button type="button" class="quiet danger" aria-label={t('deleteEntry', entry.term)} onClick={() => void remove(entry)}>
              {t('delete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
