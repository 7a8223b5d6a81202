import { browser } from 'wxt/browser';
import type en from '@/public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
export type ReaderLanguage = 'zh' | 'en';

/** A UI string in the browser's language (English or Simplified Chinese). */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * The reader's two languages, the one read first leading: Chinese for a Chinese browser, else
 * English. Every definition, note and copied text asks here, so a stored setting, once there is
 * one, needs to change only this function.
 */
export function readerLanguages(): [ReaderLanguage, ReaderLanguage] {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? ['zh', 'en'] : ['en', 'zh'];
}

/** The BCP 47 tag to put on text written in `language`. */
export function languageTag(language: ReaderLanguage): string {
  return language === 'zh' ? 'zh-CN' : 'en';
}
