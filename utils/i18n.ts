import { browser } from 'wxt/browser';
import type en from '@/public/_locales/en/messages.json';
import type { ReaderLanguageSetting } from '@/lib/settings';

export type MessageKey = keyof typeof en;
export type ReaderLanguage = 'zh' | 'en';

/** A UI string in the browser's language (English or Simplified Chinese). */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

let chosen: ReaderLanguageSetting = 'auto';

/** The reader's choice from the settings; "auto" follows the browser's UI language. */
export function setReaderLanguage(setting: ReaderLanguageSetting): void {
  chosen = setting;
}

/**
 * The reader's two languages, the one read first leading: the setting, else Chinese for a Chinese
 * browser and English otherwise. Every definition, note and copied text asks here.
 */
export function readerLanguages(): [ReaderLanguage, ReaderLanguage] {
  const first = chosen !== 'auto' ? chosen : browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
  return first === 'zh' ? ['zh', 'en'] : ['en', 'zh'];
}

/** The BCP 47 tag to put on text written in `language`. */
export function languageTag(language: ReaderLanguage): string {
  return language === 'zh' ? 'zh-CN' : 'en';
}
