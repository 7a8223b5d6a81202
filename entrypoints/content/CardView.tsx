import type { Entry, UserEntryInput } from '@/lib/glossary/schema';
import type { SignalKind } from '@/lib/discovery/signals';
import { t } from '@/utils/i18n';
import { CandidateView } from './CandidateView';
import { EntryCard } from './EntryCard';

/** A shorter glossary term found inside the matched text. */
export interface InnerTerm {
  id: string;
  text: string;
}

export type CardContent =
  | { state: 'loading' }
  | { state: 'entry'; entry: Entry; inner: InnerTerm[]; pinned: boolean }
  | { state: 'candidate'; text: string; signal: SignalKind }
  /** `message` is UI text, already translated. */
  | { state: 'error'; message: string };

/** What the card can ask of the page and the extension. */
export interface CardActions {
  addToGlossary: (input: UserEntryInput) => Promise<void>;
  lookup: (id: string) => Promise<Entry | null>;
  copy: (text: string) => Promise<void>;
  getNote: (id: string) => Promise<string | null>;
  saveNote: (id: string, text: string) => Promise<void>;
  openInPopup: (id: string) => Promise<void>;
  togglePin: () => void;
  close: () => void;
}

const HEADING_ID = 'tifa-card-headword';

/** The hover card's content; the host positions it. */
export function CardView({ content, actions }: { content: CardContent; actions: CardActions }) {
  if (content.state === 'entry' || content.state === 'candidate') {
    return (
      <div class="tifa-card" role="dialog" aria-labelledby={HEADING_ID} tabIndex={-1}>
        {content.state === 'entry' ? (
          <EntryCard
            key={content.entry.id}
            entry={content.entry}
            inner={content.inner}
            pinned={content.pinned}
            headingId={HEADING_ID}
            actions={actions}
          />
        ) : (
          <CandidateView text={content.text} signal={content.signal} headingId={HEADING_ID} onAdd={actions.addToGlossary} />
        )}
      </div>
    );
  }
  return (
    <div class="tifa-card" role="dialog" aria-label={t('extName')} aria-busy={content.state === 'loading'} tabIndex={-1}>
      <p class="tifa-status">{content.state === 'loading' ? t('loading') : content.message}</p>
    </div>
  );
}
