import { browser } from 'wxt/browser';
import type en from '@/public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** A UI string in the browser's language (English or Simplified Chinese). */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The language readers see first in definitions: Chinese for a Chinese browser, else English. */
export function readerLanguage(): 'zh' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
