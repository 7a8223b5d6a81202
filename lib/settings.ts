/**
 * Settings that stay on this device (not synced): whether Tifa runs, per site and everywhere, and
 * which language a definition is shown in first.
 */
import { z } from 'zod';

export const readerLanguageSchema = z.enum(['auto', 'zh', 'en']);
export type ReaderLanguageSetting = z.infer<typeof readerLanguageSchema>;

export const settingsSchema = z.strictObject({
  enabled: z.boolean(),
  readerLanguage: readerLanguageSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { enabled: true, readerLanguage: 'auto' };

/** What a page needs to know when it starts. */
export interface PageState {
  /** Tifa runs here: on everywhere and not turned off for this site. */
  enabled: boolean;
  /** The site as the switch names it (a host name), or null where there is no per-site switch. */
  site: string | null;
  siteEnabled: boolean;
  settings: Settings;
}

/** The per-site switch's key for a page: its host name (http, https) or "file" for local files. */
export function siteOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.hostname || null;
  if (parsed.protocol === 'file:') return 'file';
  return null;
}
