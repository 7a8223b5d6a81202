import { useEffect, useState } from 'preact/hooks';
import type { Conflict, SyncStatus } from '@/lib/sync';
import { ask } from '@/utils/ask';
import { errorText } from '@/utils/error-text';
import { t } from '@/utils/i18n';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function describe(conflict: Conflict): string {
  const value = conflict.value;
  if (value === null) return t('conflictDeleted');
  if (typeof value === 'object' && !Array.isArray(value)) {
    const fields = value as Record<string, unknown>;
    for (const field of ['term', 'text', 'english']) if (typeof fields[field] === 'string') return fields[field];
  }
  return JSON.stringify(value);
}

/** Sync across the user's browsers: where it stands, with numbers, and edits that lost. */
export function SyncPanel({ version, onChanged }: { version: number; onChanged: () => void }) {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [conflicts, setConflicts] = useState<{ id: number; conflict: Conflict }[]>([]);
  const [error, setError] = useState('');

  const reload = () =>
    Promise.all([ask({ type: 'syncStatus' }), ask({ type: 'syncConflicts' })]).then(
      ([s, c]) => {
        setStatus(s);
        setConflicts(c);
      },
      (e: unknown) => setError(errorText(e)),
    );
  useEffect(() => {
    void reload();
    // Uploads happen a little after each edit: the numbers are read again while the page is open.
    const timer = setInterval(() => void reload(), 3000);
    return () => clearInterval(timer);
  }, [version]);

  const resolve = (id: number, restore: boolean) =>
    ask({ type: 'resolveConflict', id, restore }).then(
      () => {
        onChanged();
        return reload();
      },
      (e: unknown) => setError(errorText(e)),
    );

  return (
    <section class="panel" aria-labelledby="sync-heading">
      <h2 id="sync-heading">{t('optionsSync')}</h2>
      {error && <p class="error" role="alert">{error}</p>}
      {status && (
        <>
          <p class={`sync-state sync-${status.state}`} role="status">
            {t(status.state === 'synced' ? 'syncSynced' : status.state === 'pending' ? 'syncPending' : 'syncOverQuota')}
          </p>
          <ul class="sync-numbers">
            <li>{t('syncCounts', String(status.synced), String(status.pending), String(status.overQuota))}</li>
            <li>{t('syncUsage', kb(status.bytesInUse), kb(status.quotaBytes), String(status.itemsInUse), String(status.maxItems))}</li>
            {status.lastSyncAt !== null && <li>{t('syncLast', new Date(status.lastSyncAt).toLocaleString())}</li>}
            {status.lastError && <li class="field-error">{t('syncError', status.lastError)}</li>}
          </ul>
          {status.nearQuota && <p class="notice">{t('syncNearQuota')}</p>}
        </>
      )}
      {conflicts.length > 0 && (
        <>
          <h3>{t('conflictsHeading')}</h3>
          <ul class="entry-list">
            {conflicts.map(({ id, conflict }) => (
              <li key={id} class="entry-row">
                <span class="entry-term" lang="zh-CN">
                  {describe(conflict)}
                </span>
                <span class="entry-english">{t('conflictWhen', conflict.key, new Date(conflict.wall).toLocaleString())}</span>
                <button type="button" class="quiet" onClick={() => void resolve(id, true)}>
                  {t('conflictRestore')}
                </button>
                <button type="button" class="quiet" onClick={() => void resolve(id, false)}>
                  {t('conflictDismiss')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
