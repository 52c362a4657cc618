/**
 * The message catalogue: every UI string of every extension page, zh-CN and English side by side.
 * `npm run locales` writes it to public/_locales/{zh_CN,en}/messages.json (chrome.i18n's format); a unit test
 * keeps those files equal to this catalogue, so both locales always have the same keys.
 * New areas: add a file under messages/ and list it here (duplicate keys fail the unit test).
 */
import background from './messages/background';
import caseArea from './messages/case';
import common from './messages/common';
import domain from './messages/domain';
import exportArea from './messages/export';
import forms from './messages/forms';
import onboarding from './messages/onboarding';
import popup from './messages/popup';
import settings from './messages/settings';

export const AREAS = {
  common,
  popup,
  case: caseArea,
  settings,
  onboarding,
  export: exportArea,
  background,
  domain,
  forms,
} as const;

type Areas = typeof AREAS;
type Merge<T> = { [A in keyof T]: T[A] }[keyof T];
type Entries = Merge<Areas>;
type KeysOf<U> = U extends unknown ? keyof U : never;
export type MessageKey = KeysOf<Entries> & string;

export type Pair = readonly [zh: string, en: string];

/** All entries of all areas, in area order. */
export function catalogEntries(): [key: string, pair: Pair, area: string][] {
  return Object.entries(AREAS).flatMap(([area, entries]) =>
    Object.entries(entries as Record<string, Pair>).map(([k, p]) => [k, p, area] as [string, Pair, string]),
  );
}

export type LocaleFile = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** chrome.i18n messages.json for one side of the catalogue; `$1` becomes a named placeholder ($P1$). */
export function localeFile(side: 0 | 1): LocaleFile {
  const out: LocaleFile = {};
  for (const [key, pair] of catalogEntries()) {
    const text = pair[side];
    const nums = [...new Set([...text.matchAll(/\$([1-9])/g)].map((m) => m[1]!))].sort();
    if (nums.length === 0) {
      out[key] = { message: text };
      continue;
    }
    out[key] = {
      message: text.replace(/\$([1-9])/g, '$$P$1$$'),
      placeholders: Object.fromEntries(nums.map((n) => [`p${n}`, { content: `$${n}` }])),
    };
  }
  return out;
}
