import { useEffect, useState } from 'preact/hooks';
import type { Entry } from '@/lib/glossary/schema';
import { EntryView } from '@/components/EntryView';
import { NoteEditor } from '@/components/NoteEditor';
import { readerLanguages, t } from '@/utils/i18n';
import { errorText } from '@/utils/error-text';
import type { CardActions, InnerTerm } from './CardView';

interface Props {
  entry: Entry;
  /** Shorter glossary terms inside the matched text (a long formula's parts). */
  inner: InnerTerm[];
  pinned: boolean;
  headingId: string;
  actions: CardActions;
}

function withDefinition(entry: Entry): string {
  const [first, second] = readerLanguages();
  const definition = entry.definition[first] || entry.definition[second];
  return [[entry.term, entry.pinyin && `(${entry.pinyin})`, entry.english].filter(Boolean).join(' '), definition].join('\n');
}

/** A glossary entry in the hover card, with its actions, the terms inside it and the user's note. */
export function EntryCard({ entry, inner, pinned, headingId, actions }: Props) {
  const [trail, setTrail] = useState<Entry[]>([entry]);
  const current = trail[trail.length - 1]!;
  const [note, setNote] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let live = true;
    setNote(null);
    actions.getNote(current.id).then((text) => live && setNote(text), () => undefined);
    return () => {
      live = false;
    };
  }, [current.id]);

  const go = (id: string) => {
    actions.lookup(id).then(
      (next) => next && setTrail([...trail, next]),
      (error: unknown) => setStatus(errorText(error)),
    );
  };
  const copy = (text: string) => {
    actions.copy(text).then(
      () => setStatus(t('copied')),
      (error: unknown) => setStatus(t('copyFailed', error instanceof Error ? error.message : String(error))),
    );
  };

  return (
    <>
      <div class="tifa-toolbar" role="toolbar" aria-label={t('toolbarLabel')}>
        {trail.length > 1 && (
          <button type="button" onClick={() => setTrail(trail.slice(0, -1))}>
            ← {t('actionBack')}
          </button>
        )}
        <button type="button" onClick={() => copy(current.term)}>
          {t('actionCopy')}
        </button>
        <button type="button" onClick={() => copy(withDefinition(current))}>
          {t('actionCopyFull')}
        </button>
        <button type="button" aria-pressed={pinned} onClick={actions.togglePin}>
          {pinned ? t('actionUnpin') : t('actionPin')}
        </button>
        <button type="button" onClick={() => void actions.openInPopup(current.id)}>
          {t('actionOpen')}
        </button>
        <button type="button" class="tifa-close" aria-label={t('actionClose')} title={t('actionClose')} onClick={actions.close}>
          ×
        </button>
      </div>
      <EntryView entry={current} headingId={headingId} onRelated={go} examples={2} />
      {trail.length === 1 && inner.length > 0 && (
        <section class="tifa-section">
          <h3>{t('headingContains')}</h3>
          <p class="tifa-related">
            {inner.map((term) => (
              <button type="button" key={term.id} class="tifa-link" lang="zh-CN" onClick={() => go(term.id)}>
                {term.text}
              </button>
            ))}
          </p>
        </section>
      )}
      <NoteEditor
        key={current.id}
        note={note}
        onSave={async (text) => {
          await actions.saveNote(current.id, text);
          setNote(text.trim() ? text : null);
        }}
      />
      <p class="tifa-status" role="status" aria-live="polite">
        {status}
      </p>
    </>
  );
}
