/** Catalogue lookup with chrome.i18n's substitution rules: for unit tests and Node scripts (no browser). */
import { catalogEntries, type Pair } from './catalog';

let table: Map<string, Pair> | undefined;

export function lookupMessage(key: string, subs: string | string[] | undefined, side: 0 | 1 = 0): string {
  table ??= new Map(catalogEntries().map(([k, p]) => [k, p]));
  const pair = table.get(key);
  if (!pair) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return pair[side].replace(/\$([1-9])/g, (_, n: string) => list[Number(n) - 1] ?? '');
}
