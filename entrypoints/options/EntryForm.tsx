import { useState } from 'preact/hooks';
import type { UserEntryFields, UserEntryForm } from '@/lib/glossary/user-entry';
import { readingOf } from '@/lib/glossary/reading';
import { CATEGORIES, LEVELS } from '@/lib/glossary/vocabulary';
import { LIMITS } from '@/lib/limits';
import { TifaError } from '@/lib/errors';
import { errorText } from '@/utils/error-text';
import { t } from '@/utils/i18n';
import { checkForm, type FieldErrors } from './form-errors';

export const EMPTY_FORM: UserEntryFields = {
  term: '',
  aliases: [],
  pinyin: '',
  english: '',
  definition: { zh: '', en: '' },
  category: 'slogan',
  level: 'other',
  region: '',
};

interface Props {
  initial: UserEntryFields;
  onSave: (form: UserEntryForm) => Promise<void>;
  onCancel: () => void;
  /** A duplicate's existing entry: edit it instead. */
  onEditExisting: (id: string) => void;
}

/** Aliases are typed one per line or separated by Chinese or Latin commas. */
function splitAliases(text: string): string[] {
  return text
    .split(/[\n,，、;；]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Creates or edits one of the user's entries; nothing typed is lost when saving fails. */
export function EntryForm({ initial, onSave, onCancel, onEditExisting }: Props) {
  const [form, setForm] = useState(initial);
  const [aliases, setAliases] = useState(initial.aliases.join('\n'));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ text: string; existing?: string } | null>(null);
  const set = (change: Partial<UserEntryFields>) => setForm({ ...form, ...change });

  const submit = (event: Event) => {
    event.preventDefault();
    const draft: UserEntryForm = { ...form, aliases: splitAliases(aliases), pinyin: form.pinyin.trim() || readingOf(form.term.trim()) };
    const found = checkForm(draft);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    onSave(draft).catch((error: unknown) =>
      setFailure({ text: errorText(error), existing: error instanceof TifaError && error.code === 'duplicate' ? error.entryId : undefined }),
    );
  };

  const field = (name: string, label: string, input: preact.ComponentChildren) => (
    <label class="field">
      <span class="field-label">{label}</span>
      {input}
      {errors[name] && (
        <span class="field-error" role="alert">
          {errors[name]}
        </span>
      )}
    </label>
  );

  return (
    <form class="entry-form" onSubmit={submit} noValidate>
      {field('term', t('fieldTerm'), <input lang="zh-CN" maxLength={LIMITS.term} value={form.term} onInput={(e) => set({ term: e.currentTarget.value })} required />)}
      {field('aliases', t('fieldAliases'), <textarea lang="zh-CN" rows={2} value={aliases} onInput={(e) => setAliases(e.currentTarget.value)} />)}
      {field(
        'pinyin',
        t('fieldPinyin'),
        <span class="with-button">
          <input maxLength={LIMITS.pinyin} value={form.pinyin} placeholder={t('fieldPinyinAuto')} onInput={(e) => set({ pinyin: e.currentTarget.value })} />
          <button type="button" class="quiet" onClick={() => set({ pinyin: readingOf(form.term.trim()) })}>
            {t('fieldPinyinGenerate')}
          </button>
        </span>,
      )}
      {field('english', t('fieldEnglish'), <input lang="en" maxLength={LIMITS.english} value={form.english} onInput={(e) => set({ english: e.currentTarget.value })} />)}
      {field(
        'definition',
        t('fieldDefinitionZh'),
        <textarea lang="zh-CN" rows={3} maxLength={LIMITS.definition} value={form.definition.zh} onInput={(e) => set({ definition: { ...form.definition, zh: e.currentTarget.value } })} />,
      )}
      {field(
        'definitionEn',
        t('fieldDefinitionEn'),
        <textarea lang="en" rows={3} maxLength={LIMITS.definition} value={form.definition.en} onInput={(e) => set({ definition: { ...form.definition, en: e.currentTarget.value } })} />,
      )}
      <div class="field-row">
        {field(
          'category',
          t('fieldCategory'),
          <select value={form.category} onChange={(e) => set({ category: e.currentTarget.value as UserEntryFields['category'] })}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category_${c}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'level',
          t('fieldLevel'),
          <select value={form.level} onChange={(e) => set({ level: e.currentTarget.value as UserEntryFields['level'] })}>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`level_${l}`)}
              </option>
            ))}
          </select>,
        )}
        {field('region', t('fieldRegion'), <input lang="zh-CN" maxLength={LIMITS.english} value={form.region} onInput={(e) => set({ region: e.currentTarget.value })} />)}
      </div>
      {failure && (
        <p class="error" role="alert">
          {failure.text}{' '}
          {failure.existing && (
            <button type="button" class="link" onClick={() => onEditExisting(failure.existing!)}>
              {t('formEditExisting')}
            </button>
          )}
        </p>
      )}
      <p class="buttons">
        <button type="submit" class="primary">
          {t('save')}
        </button>
        <button type="button" class="quiet" onClick={onCancel}>
          {t('cancel')}
        </button>
      </p>
    </form>
  );
}
