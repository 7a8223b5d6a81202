import { useEffect, useState } from 'preact/hooks';
import type { PageState, ReaderLanguageSetting } from '@/lib/settings';
import { ask } from '@/utils/ask';
import { errorText } from '@/utils/error-text';
import { t } from '@/utils/i18n';

/** On/off for this site and everywhere, and the language definitions show first in. */
export function Switches({ url: pageUrl }: { url: string | null }) {
  const [state, setState] = useState<PageState | null>(null);
  const [error, setError] = useState('');
  // Without a page (the popup opened on its own) the global settings still show and change.
  const url = pageUrl ?? 'about:blank';
  const reload = () => ask({ type: 'pageState', url }).then(setState, (e: unknown) => setError(errorText(e)));
  useEffect(() => void reload(), [url]);
  if (!state) return error ? <p class="error" role="alert">{error}</p> : null;

  const change = (request: Promise<unknown>) =>
    request.then(
      () => {
        setError('');
        return reload();
      },
      (e: unknown) => setError(errorText(e)),
    );

  return (
    <footer class="switches">
      {state.site !== null && (
        <label class="switch">
          <input
            type="checkbox"
            checked={state.siteEnabled}
            onChange={(e) => change(ask({ type: 'setSiteEnabled', site: state.site!, enabled: e.currentTarget.checked }))}
          />
          {t('switchSite', state.site)}
        </label>
      )}
      <label class="switch">
        <input
          type="checkbox"
          checked={state.settings.enabled}
          onChange={(e) => change(ask({ type: 'updateSettings', change: { enabled: e.currentTarget.checked } }))}
        />
        {t('switchGlobal')}
      </label>
      <label class="switch">
        {t('readerLanguageLabel')}
        <select
          value={state.settings.readerLanguage}
          onChange={(e) => change(ask({ type: 'updateSettings', change: { readerLanguage: e.currentTarget.value as ReaderLanguageSetting } }))}
        >
          <option value="auto">{t('readerLanguageAuto')}</option>
          <option value="zh">{t('languageZh')}</option>
          <option value="en">{t('languageEn')}</option>
        </select>
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </footer>
  );
}
