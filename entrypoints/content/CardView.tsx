import type { Entry, UserEntryInput } from '@/lib/glossary/schema';
import type { SignalKind } from '@/lib/discovery/signals';
import { EntryView } from '@/components/EntryView';
import { t } from '@/utils/i18n';
import { CandidateView } from './CandidateView';

export type CardContent =
  | { state: 'loading' }
  | { state: 'entry'; entry: Entry }
  | { state: 'candidate'; text: string; signal: SignalKind }
  | { state: 'error'; message: string };

export interface CardActions {
  addToGlossary: (input: UserEntryInput) => Promise<void>;
}

const HEADING_ID = 'tifa-card-headword';

/** The hover card's content; the host positions it. */
export function CardView({ content, actions }: { content: CardContent; actions: CardActions }) {
  if (content.state === 'entry' || content.state === 'candidate') {
    return (
      <div class="tifa-card" role="dialog" aria-labelledby={HEADING_ID}>
        {content.state === 'entry' ? (
          <EntryView entry={content.entry} headingId={HEADING_ID} />
        ) : (
          <CandidateView text={content.text} signal={content.signal} headingId={HEADING_ID} onAdd={actions.addToGlossary} />
        )}
      </div>
    );
  }
  return (
    <div class="tifa-card" role="dialog" aria-label={t('extName')} aria-busy={content.state === 'loading'}>
      <p class="tifa-status">{content.state === 'loading' ? t('loading') : t('errorPrefix', content.message)}</p>
    </div>
  );
}
