import type { Entry } from '@/lib/glossary/schema';
import { t } from '@/utils/i18n';

/** One entry in a list of results: term, pinyin, English, and whose it is or its level. */
export function EntryRow({ entry, count, onOpen }: { entry: Entry; count?: number; onOpen: (entry: Entry) => void }) {
  return (
    <button type="button" class="result" data-nav onClick={() => onOpen(entry)}>
      <span class="result-term" lang="zh-CN">
        {entry.term}
      </span>
      <span class="result-pinyin">{entry.pinyin}</span>
      {count !== undefined ? (
        <span class="result-count" aria-label={t('onPageCount', String(count))}>
          ×{count}
        </span>
      ) : entry.owner === 'user' ? (
        <span class="tifa-badge tifa-user">{t('badgeUser')}</span>
      ) : (
        <span class={`tifa-badge tifa-level-${entry.level}`}>{t(`level_${entry.level}`)}</span>
      )}
      <span class="result-english">{entry.english}</span>
    </button>
  );
}
