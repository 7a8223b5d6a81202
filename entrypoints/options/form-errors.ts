import type { z } from 'zod';
import { userEntryFormSchema, type UserEntryForm } from '@/lib/glossary/user-entry';
import { t, type MessageKey } from '@/utils/i18n';

/** Field name -> message in the UI language, for the first problem of each field. */
export type FieldErrors = Partial<Record<string, string>>;

const MESSAGES: Record<string, MessageKey> = {
  'empty-term': 'formErrorTerm',
  'empty-definition': 'formErrorDefinition',
};

function messageOf(issue: z.core.$ZodIssue): string {
  const key = MESSAGES[issue.message];
  if (key) return t(key);
  if (issue.code === 'too_big') return t('formErrorTooLong', String(issue.maximum));
  return t('formErrorInvalid');
}

/** Checks a form as the background will, so errors show beside their fields before sending. */
export function checkForm(form: UserEntryForm): FieldErrors {
  const parsed = userEntryFormSchema.safeParse(form);
  if (parsed.success) return {};
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= messageOf(issue);
  }
  return errors;
}
