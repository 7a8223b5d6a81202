import { useState } from 'preact/hooks';
import type { SignalKind } from '@/lib/discovery/signals';
import type { UserEntryInput } from '@/lib/glossary/schema';
import { LIMITS } from '@/lib/limits';
import { t } from '@/utils/i18n';
import { errorText } from '@/utils/error-text';

interface Props {
  text: string;
  signal: SignalKind;
  headingId: string;
  /** Stores the entry; rejects with a message the user should read. */
  onAdd: (input: UserEntryInput) => Promise<void>;
}

/** The card for a phrase that looks like jargon the glossary lacks, with a form to add it. */
export function CandidateView({ text, signal, headingId, onAdd }: Props) {
  const [definition, setDefinition] = useState('');
  const [english, setEnglish] = useState('');
  const [status, setStatus] = useState<{ busy: boolean; message: string }>({ busy: false, message: '' });

  const submit = (event: Event) => {
    event.preventDefault();
    setStatus({ busy: true, message: t('adding') });
    onAdd({ term: text, definition, english: english || undefined }).then(
      () => setStatus({ busy: false, message: t('addedToGlossary') }),
      (error: unknown) => setStatus({ busy: false, message: errorText(error) }),
    );
  };

  return (
    <article class="tifa-entry">
      <header class="tifa-head">
        <h2 class="tifa-headword" id={headingId} lang="zh-CN">
          {text}
        </h2>
        <span class="tifa-badge">{t('candidateHeading')}</span>
      </header>
      <p class="tifa-definition">{t(`candidate_${signal}`)}</p>
      <p class="tifa-secondary">{t('candidateInvite')}</p>
      <form class="tifa-form" onSubmit={submit}>
        <label>
          {t('fieldDefinition')}
          <textarea required maxLength={LIMITS.definition} rows={3} value={definition} onInput={(e) => setDefinition(e.currentTarget.value)} />
        </label>
        <label>
          {t('fieldEnglish')}
          <input type="text" maxLength={LIMITS.english} value={english} onInput={(e) => setEnglish(e.currentTarget.value)} />
        </label>
        <button type="submit" class="tifa-button" disabled={status.busy}>
          {t('addToGlossary')}
        </button>
        <p class="tifa-status" role="status" aria-live="polite">
          {status.message}
        </p>
      </form>
    </article>
  );
}
