import type { ImportPlan } from '@/lib/transfer/plan-import';
import { t } from '@/utils/i18n';

/** What an import will do, listed before anything is written. */
export function ImportPreview({ name, plan, onApply, onCancel }: { name: string; plan: ImportPlan; onApply: () => void; onCancel: () => void }) {
  const writes = plan.added.length + plan.changed.length + plan.notes.length + plan.overrides.length;
  return (
    <div class="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">{t('importPreview', name)}</h3>
      <ul class="preview-counts">
        <li class="preview-added">{t('importAdded', String(plan.added.length))}</li>
        <li class="preview-changed">{t('importChanged', String(plan.changed.length))}</li>
        <li class="preview-unchanged">{t('importUnchanged', String(plan.unchanged.length))}</li>
        <li class="preview-conflicts">{t('importConflicts', String(plan.conflicts.length))}</li>
      </ul>
      {plan.added.length > 0 && (
        <details open={plan.added.length <= 10}>
          <summary>{t('importAddedList')}</summary>
          <p lang="zh-CN">{plan.added.map((e) => e.term).join('、')}</p>
        </details>
      )}
      {plan.changed.length > 0 && (
        <details open>
          <summary>{t('importChangedList')}</summary>
          <ul>
            {plan.changed.map((c) => (
              <li key={c.after.id}>
                <span lang="zh-CN">{c.after.term}</span>: {c.fields.join(', ')}
              </li>
            ))}
          </ul>
        </details>
      )}
      {plan.conflicts.length > 0 && (
        <details open>
          <summary>{t('importConflictList')}</summary>
          <ul>
            {plan.conflicts.map((c, i) => (
              <li key={i} lang="zh-CN">
                {t(c.reason === 'glossary' ? 'importConflictGlossary' : 'importConflictFile', c.entry.term, c.existing.term)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {plan.skipped.length > 0 && <p class="hint">{t('importSkipped', String(plan.skipped.length))}</p>}
      <p class="buttons">
        <button type="button" class="primary" disabled={writes === 0} onClick={onApply}>
          {t('importApply')}
        </button>
        <button type="button" class="quiet" onClick={onCancel}>
          {t('cancel')}
        </button>
      </p>
    </div>
  );
}
