/** Settings and per-site switches: kept on this device only. */
import { DEFAULT_SETTINGS, settingsSchema, siteOf, type PageState, type Settings } from '@/lib/settings';
import type { TifaDb } from './database';

export async function getSettings(db: TifaDb): Promise<Settings> {
  // A record from an older or damaged build falls back to the defaults, field by field.
  const parsed = settingsSchema.partial().safeParse(await db.get('settings', 'settings'));
  return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

export async function updateSettings(db: TifaDb, change: Partial<Settings>): Promise<Settings> {
  const tx = db.transaction('settings', 'readwrite');
  const parsed = settingsSchema.partial().safeParse(await tx.store.get('settings'));
  const next = { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}), ...change };
  await Promise.all([tx.store.put(next, 'settings'), tx.done]);
  return next;
}

/** Only sites turned off are stored: turning one back on deletes its record. */
export async function setSiteEnabled(db: TifaDb, site: string, enabled: boolean): Promise<void> {
  if (enabled) await db.delete('sites', site);
  else await db.put('sites', { site, enabled });
}

export async function disabledSites(db: TifaDb): Promise<string[]> {
  return (await db.getAll('sites')).filter((s) => !s.enabled).map((s) => s.site);
}

export async function pageState(db: TifaDb, url: string): Promise<PageState> {
  const settings = await getSettings(db);
  const site = siteOf(url);
  const siteEnabled = site === null || ((await db.get('sites', site))?.enabled ?? true);
  return { enabled: settings.enabled && siteEnabled, site, siteEnabled, settings };
}
