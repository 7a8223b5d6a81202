import { useEffect, useState } from 'preact/hooks';
import { ask } from '@/utils/ask';
import { errorText } from '@/utils/error-text';
import { t } from '@/utils/i18n';

/** Sites where the reader turned Tifa off (from the popup), to turn back on. */
export function Sites() {
  const [sites, setSites] = useState<string[] | null>(null);
  const [error, setError] = useState('');
  const reload = () => ask({ type: 'disabledSites' }).then(setSites, (e: unknown) => setError(errorText(e)));
  useEffect(() => void reload(), []);

  return (
    <section class="panel" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optionsSites')}</h2>
      {error && <p class="error" role="alert">{error}</p>}
      {sites?.length === 0 && <p class="hint">{t('optionsSitesEmpty')}</p>}
      <ul class="entry-list">
        {sites?.map((site) => (
          <li key={site} class="entry-row">
            <span class="entry-term">{site}</span>
            <button
              type="button"
              class="quiet"
              onClick={() => void ask({ type: 'setSiteEnabled', site, enabled: true }).then(reload, (e: unknown) => setError(errorText(e)))}
            >
              {t('optionsSiteEnable')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
