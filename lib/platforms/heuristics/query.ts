/**
 * Questions answered from the page index (scan.ts) without touching the DOM again: text and lines of an
 * element or a stretch of the page, containment, descendants — all bounded and iterative.
 */
import { clean } from '../normalize';
import type { Page } from './scan';

/** First chunk index with pos ≥ `pos` (chunks are sorted by pos). */
export function chunkAt(page: Page, pos: number): number {
  let lo = 0;
  let hi = page.chunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (page.chunks[mid]!.pos < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Cleaned text of element `i`, at most about `max` characters; button labels left out unless asked. */
export function textIn(page: Page, i: number, max = 300, withButtons = false): string {
  let out = '';
  const end = page.end[i]!;
  for (let c = chunkAt(page, page.start[i]!); c < page.chunks.length; c++) {
    const ch = page.chunks[c]!;
    if (ch.pos > end || out.length > max) break;
    if (ch.btn && !withButtons) continue;
    out += ch.brk ? ' ' : ch.raw;
  }
  return clean(out).slice(0, max + 1);
}

/** A stretch of the page: an element, or part of one (an order's share of a flat list). */
export interface Scope {
  el: number;
  from: number;
  to: number;
}

export const scopeOf = (page: Page, el: number): Scope => ({ el, from: page.start[el]!, to: page.end[el]! });

/** Lines of element `i` (or a scope) as rendered: split at block boundaries, `<br>` and newlines in the text. */
export function linesIn(page: Page, i: number | Scope, maxLines = 600): string[] {
  const s = typeof i === 'number' ? scopeOf(page, i) : i;
  let buf = '';
  for (let c = chunkAt(page, s.from); c < page.chunks.length && buf.length < 300_000; c++) {
    const ch = page.chunks[c]!;
    if (ch.pos > s.to) break;
    if (!ch.btn) buf += ch.raw;
  }
  return buf.split('\n').map(clean).filter(Boolean).slice(0, maxLines);
}

/** Element indices whose start lies in the scope, in document order. */
export function* elementsIn(page: Page, s: Scope): Generator<number> {
  let lo = 0;
  let hi = page.els.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (page.start[mid]! < s.from) lo = mid + 1;
    else hi = mid;
  }
  for (let j = lo; j < page.els.length && page.start[j]! <= s.to; j++) yield j;
}

export function contains(page: Page, outer: number, inner: number): boolean {
  return page.start[outer]! <= page.start[inner]! && page.start[inner]! <= page.end[outer]!;
}

/** Element indices inside `i` (itself excluded), in document order. */
export function* descendants(page: Page, i: number): Generator<number> {
  const end = page.end[i]!;
  for (let j = i + 1; j < page.els.length && page.start[j]! <= end; j++) yield j;
}

/** True when native recursive APIs (querySelectorAll, textContent) are safe on element `i`'s subtree. */
export function isShallow(page: Page, i: number, maxNodes = 3000): boolean {
  if (page.end[i]! - page.start[i]! > maxNodes) return false;
  for (const j of page.cut) if (contains(page, i, j)) return false;
  return true;
}
