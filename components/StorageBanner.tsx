import { useEffect, useState } from 'preact/hooks';
import type { StorageStatus } from '@/lib/messages';
import { ask } from '@/utils/ask';
import { t } from '@/utils/i18n';

/** Says so when the database refused a write (full disk, quota): what was typed is still in its form. */
export function StorageBanner() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  useEffect(() => void ask({ type: 'status' }).then(setStatus, () => undefined), []);
  if (!status?.lastError) return null;
  const mb = (bytes: number | null) => (bytes === null ? '?' : (bytes / 1048576).toFixed(1));
  return (
    <p class="error" role="alert">
      {status.lastError.code === 'quota' ? t('storageFull', mb(status.usage), mb(status.quota)) : t('errorStorage', status.lastError.message)}
    </p>
  );
}
