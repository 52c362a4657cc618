/**
 * UI strings through the browser's i18n (chrome.i18n.getMessage over public/_locales): zh-CN by default,
 * English when the browser's language is English. Keys are typed from the catalogue.
 */
import { browser } from 'wxt/browser';
import type { MessageKey } from './catalog';

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const text = browser.i18n.getMessage(key as never, subs.map(String));
  // A missing key shows itself rather than a blank control.
  return text || key;
}

export type Lang = 'zh' | 'en';

/** The catalogue the browser picked; use it to choose between the zh/en pairs of domain data. */
export function lang(): Lang {
  return t('lang_code') === 'en' ? 'en' : 'zh';
}

/** Pick one side of a bilingual domain text ({ zh, en } objects in lib/ data). */
export function pick(text: { zh: string; en: string }): string {
  return lang() === 'en' ? text.en : text.zh;
}

/** Sets <html lang> and the title of an extension page. */
export function localizeDocument(title?: MessageKey): void {
  document.documentElement.lang = t('lang_tag');
  if (title) document.title = t(title);
}
