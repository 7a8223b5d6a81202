import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { StorageBanner } from '@/components/StorageBanner';
import { BundledTweaks } from './BundledTweaks';
import { ImportExport } from './ImportExport';
import { MyEntries } from './MyEntries';
import { Packs } from './Packs';
import { SyncPanel } from './SyncPanel';
import { Sites } from './Sites';

/** The options page: the user's own glossary, their changes to bundled entries, and sites. */
export function Options() {
  const [bundledFocus, setBundledFocus] = useState<string | null>(null);
  // Bumped when data arrives from elsewhere (an import): lists read it again.
  const [version, setVersion] = useState(0);
  return (
    <main class="options">
      <header class="options-head">
        <h1>{t('optionsTitle')}</h1>
      </header>
      <StorageBanner />
      <MyEntries version={version} onBundled={setBundledFocus} />
      <BundledTweaks focus={bundledFocus} />
      <ImportExport onImported={() => setVersion(version + 1)} />
      <Packs />
      <SyncPanel version={version} onChanged={() => setVersion(version + 1)} />
      <Sites />
    </main>
  );
}
