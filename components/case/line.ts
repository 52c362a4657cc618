import type { Line } from '../../lib/case-page/timeline';
import { pick, t } from '../../lib/i18n/t';

/** A timeline line in the UI's language; page text comes back unchanged (React renders it as text). */
export function lineText(line: Line): string {
  if ('text' in line) return line.text;
  if ('pair' in line) return pick(line.pair);
  return t(line.key, ...(line.subs ?? []).map((s) => (typeof s === 'object' ? pick(s) : s)));
}
