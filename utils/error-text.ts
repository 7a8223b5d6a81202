import { TifaError } from '@/lib/errors';
import { t } from './i18n';

/** A failure in words the reader can act on, in the UI language. */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof TifaError)) return t('errorPrefix', message);
  switch (error.code) {
    case 'quota':
      return t('errorQuota');
    case 'storage':
      return t('errorStorage', message);
    case 'duplicate':
      return t('errorDuplicate', error.subject);
    default:
      return t('errorPrefix', message);
  }
}
