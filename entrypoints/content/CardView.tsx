import type { Entry } from '@/lib/glossary/schema';
import { EntryView } from '@/components/EntryView';
import { t } from '@/utils/i18n';

export type CardContent =
  | { state: 'loading' }
  | { state: 'entry'; entry: Entry }
  | { state: 'error'; message: string };

const HEADING_ID = 'tifa-card-headword';

/** The hover card's content; the host positions it. */
export function CardView({ content }: { content: CardContent }) {
  if (content.state === 'entry') {
    return (
      <div class="tifa-card" role="dialog" aria-labelledby={HEADING_ID}>
        <EntryView entry={content.entry} headingId={HEADING_ID} />
      </div>
    );
  }
  return (
    <div class="tifa-card" role="dialog" aria-label={t('extName')} aria-busy={content.state === 'loading'}>
      <p class="tifa-status">{content.state === 'loading' ? t('loading') : t('errorPrefix', content.message)}</p>
    </div>
  );
}
