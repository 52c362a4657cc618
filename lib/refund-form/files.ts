/** Which stored evidence to attach to a file input (pure): the most relevant images the input accepts. */
import type { Problem } from '../compose/facts';
import { accepts } from './hints';
import type { CollectedField, EvidenceCandidate } from './types';
import { t } from '../i18n/t';

const KEY_FIRST = ['failure-prompt', 'card-key', 'order-page', 'chat', 'full-page', 'product-page'];
const ORDER_FIRST = ['order-page', 'full-page', 'chat', 'product-page', 'card-key', 'failure-prompt'];
const LISTING_FIRST = ['product-page', 'card-key', 'order-page', 'chat', 'full-page', 'failure-prompt'];

function rankFor(problem: Problem): string[] {
  if (['invalid_key', 'partial_invalid', 'late_used'].includes(problem)) return KEY_FIRST;
  if (problem === 'mismatch') return LISTING_FIRST;
  return ORDER_FIRST;
}

/** Default cap when the page states none: enough proof without burying the reviewer. */
export const DEFAULT_MAX_FILES = 5;

export const extOf = (mime: string) =>
  ({ 'image/jpeg': 'jpg', 'image/svg+xml': 'svg' })[mime] ?? mime.split('/')[1] ?? 'bin';

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 1)} MB`;

export interface FileChoice {
  evidence: number[];
  notes: string[];
}

export function chooseFiles(
  field: CollectedField,
  evidence: readonly EvidenceCandidate[],
  problem: Problem,
): FileChoice {
  const rank = rankFor(problem);
  const notes: string[] = [];
  const usable = evidence
    .filter((e) => e.mime.startsWith('image/') && rank.includes(e.kind))
    .filter((e) => accepts(field.accept, e.mime, extOf(e.mime)))
    .sort((a, b) => rank.indexOf(a.kind) - rank.indexOf(b.kind) || b.capturedAt.localeCompare(a.capturedAt));
  const fits = usable.filter((e) => {
    if (field.maxBytes === null || e.size <= field.maxBytes) return true;
    notes.push(t('form_note_too_big', e.id, mb(e.size), mb(field.maxBytes)));
    return false;
  });
  // One of each kind first (the reviewer sees every angle), then more of the best kinds.
  const seen = new Set<string>();
  const first = fits.filter((e) => !seen.has(e.kind) && seen.add(e.kind));
  const ordered = [...first, ...fits.filter((e) => !first.includes(e))];
  const cap = field.multiple ? Math.min(field.maxFiles ?? DEFAULT_MAX_FILES, DEFAULT_MAX_FILES) : 1;
  return { evidence: ordered.slice(0, cap).map((e) => e.id), notes };
}
