import { useEffect, useState } from 'preact/hooks';
import { LIMITS } from '@/lib/limits';
import { errorText } from '@/utils/error-text';
import { t } from '@/utils/i18n';

interface Props {
  /** The note as stored, or null while it loads or when there is none. */
  note: string | null;
  onSave: (text: string) => Promise<void>;
}

/** The user's personal note on an entry: shown, added, edited; an emptied note is deleted. */
export function NoteEditor({ note, onSave }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note ?? '');
  const [status, setStatus] = useState('');
  useEffect(() => setDraft(note ?? ''), [note]);

  const save = (event: Event) => {
    event.preventDefault();
    onSave(draft).then(
      () => {
        setEditing(false);
        setStatus(t('noteSaved'));
      },
      (error: unknown) => setStatus(errorText(error)),
    );
  };

  return (
    <section class="tifa-section tifa-note">
      <h3>{t('headingNote')}</h3>
      {editing ? (
        <form class="tifa-form" onSubmit={save}>
          <textarea aria-label={t('headingNote')} maxLength={LIMITS.note} rows={3} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
          <p class="tifa-buttons">
            <button type="submit" class="tifa-button">
              {t('noteSave')}
            </button>
            <button type="button" class="tifa-button tifa-quiet" onClick={() => setEditing(false)}>
              {t('noteCancel')}
            </button>
          </p>
        </form>
      ) : (
        <>
          {note && <p class="tifa-note-text">{note}</p>}
          <button type="button" class="tifa-link" onClick={() => setEditing(true)}>
            {note ? t('noteEdit') : t('noteAdd')}
          </button>
        </>
      )}
      <p class="tifa-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
