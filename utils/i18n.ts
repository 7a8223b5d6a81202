import { browser } from 'wxt/browser';
import type en from '@/public/_locales/en/messages.json';
import type { ReaderLanguageSetting } from '@/lib/settings';

export type MessageKey = keyof typeof en;

/** A UI string in the browser's language (English or Simplified Chinese). */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

let chosen: ReaderLanguageSetting = 'auto';

/** The reader's choice from the settings; "auto" follows the browser's UI language. */
export function setReaderLanguage(setting: ReaderLanguageSetting): void {
  chosen = setting;
}

/** The language readers see first in definitions: the setting, else the browser's language. */
export function readerLanguage(): 'zh' | 'en' {
  if (chosen !== 'auto') return chosen;
  return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
