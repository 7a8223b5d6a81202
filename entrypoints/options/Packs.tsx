import { useEffect, useState } from 'preact/hooks';
import type { PackInfo } from '@/lib/transfer/pack-info';
import { ask } from '@/utils/ask';
import { errorText } from '@/utils/error-text';
import { t } from '@/utils/i18n';

/** Shared glossary packs: subscribe by URL, see when each was fetched, refresh or leave. */
export function Packs() {
  const [packs, setPacks] = useState<PackInfo[]>([]);
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const reload = () => ask({ type: 'packs' }).then(setPacks, (e: unknown) => setMessage({ error: true, text: errorText(e) }));
  useEffect(() => void reload(), []);

  const run = (work: Promise<unknown>, done: (value: unknown) => string) => {
    setBusy(true);
    work
      .then(
        (value) => setMessage({ error: false, text: done(value) }),
        (e: unknown) => setMessage({ error: true, text: errorText(e) }),
      )
      .finally(() => {
        setBusy(false);
        void reload();
      });
  };

  return (
    <section class="panel" aria-labelledby="packs-heading">
      <h2 id="packs-heading">{t('optionsPacks')}</h2>
      <p class="hint">{t('optionsPacksHint')}</p>
      <form
        class="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          run(ask({ type: 'subscribePack', url: url.trim() }), (pack) => {
            setUrl('');
            return t('packSubscribed', (pack as PackInfo).title, String((pack as PackInfo).count));
          });
        }}
      >
        <input type="url" aria-label={t('packUrl')} placeholder={t('packUrlExample')} value={url} onInput={(e) => setUrl(e.currentTarget.value)} required />
        <button type="submit" class="primary" disabled={busy}>
          {t('packSubscribe')}
        </button>
      </form>
      {message && (
        <p class={message.error ? 'error' : 'notice'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <ul class="entry-list">
        {packs.map((pack) => (
          <li key={pack.url} class="pack-row">
            <span class="entry-term">{pack.title}</span>
            <span class="entry-english">
              {t('packSummary', String(pack.count), new Date(pack.fetched).toLocaleString())} · {pack.url}
            </span>
            {pack.error && <span class="field-error">{t('packRefreshFailed', pack.error)}</span>}
            <button type="button" class="quiet" onClick={() => run(ask({ type: 'unsubscribePack', url: pack.url }), () => t('packRemoved', pack.title))}>
              {t('packRemove')}
            </button>
          </li>
        ))}
      </ul>
      {packs.length > 0 && (
        <button type="button" class="quiet" disabled={busy} onClick={() => run(ask({ type: 'refreshPacks' }), () => t('packsRefreshed'))}>
          {t('packsRefresh')}
        </button>
      )}
    </section>
  );
}
