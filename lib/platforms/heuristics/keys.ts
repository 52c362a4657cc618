/**
 * Delivered keys: lines of key containers (textarea, pre/code, copy-button targets, `#cardinfo`-like ids,
 * whatever follows a 卡密/发货内容/Your keys label), filtered by shape. Buyer-input lines, placeholders and
 * "not delivered" notices never become keys; a notice is reported separately.
 */
import { isNotDeliveredText } from '../vocab';
import { joinCardPairs, lineKind, strongKey } from './key-lines';
import { KEY_LABEL } from './labels';
import { statusOf } from './status';
import { attr, classOf, type Page } from './scan';
import { descendants, elementsIn, linesIn, textIn, type Scope } from './query';

/** Ids/classes that themes give the key box (§13F): kami, cardinfo, card-display, copyText, card-txt… */
const KEY_BOX =
  /kami|^km$|cardinfo|card-?(display|txt|text|key|keys|secret|content|pwd|list)|copy-?text|secret|deliver\w*-?content|fahuo/i;
export interface KeyResult {
  keys: string[];
  notice: string | null;
  /** Whether the page shows a key area at all (an empty one still says "this is an order page"). */
  areas: number;
}

interface Area {
  el: number;
  strong: boolean;
  lines?: string[];
}

function areasIn(page: Page, region: Scope, keyCells: number[]): Area[] {
  const out: Area[] = keyCells.map((el) => ({ el, strong: true }));
  const byId = (sel: string) => (sel.startsWith('#') ? page.doc.getElementById(sel.slice(1)) : null);
  for (const j of elementsIn(page, region)) {
    const tag = page.tags[j]!;
    const small = page.end[j]! - page.start[j]! < 400;
    if (tag === 'TEXTAREA' && !inSubmitForm(page, j)) out.push({ el: j, strong: true });
    else if (
      small &&
      classOf(page, j)
        .split(/\s+/)
        .some((c) => KEY_BOX.test(c))
    )
      out.push({ el: j, strong: true });
    else if (tag === 'PRE' || tag === 'CODE') out.push({ el: j, strong: false });
    const clip = attr(page, j, 'data-clipboard-text');
    if (clip) out.push({ el: j, strong: true, lines: clip.split(/\r?\n/).slice(0, 600) });
    const target = byId(attr(page, j, 'data-clipboard-target'));
    const t = target ? page.idx.get(target) : undefined;
    if (t !== undefined) out.push({ el: t, strong: true });
    if (small && page.end[j]! - page.start[j]! < 8 && KEY_LABEL.test(textIn(page, j, 30)))
      out.push(...afterLabel(page, j));
  }
  return out;
}

/** A short CJK-only line such as 商品简介 / 使用说明: the next section starts, the key area ends. */
const SECTION = /^[\u4e00-\u9fff]{2,8}[:：]?$/;

/** What follows a key label: its next siblings with text (a header row's copy button is skipped), else its
 * wrapper's; it ends where the next section title (商品简介, 使用说明) starts. */
function afterLabel(page: Page, label: number): Area[] {
  for (let l = label, k = 0; l >= 0 && k < 3; l = page.parent[l]!, k++) {
    const sibs: Area[] = [];
    for (let s = page.els[l]!.nextElementSibling; s && sibs.length < 4; s = s.nextElementSibling) {
      const i = page.idx.get(s);
      if (
        i === undefined ||
        /^(BUTTON|SCRIPT|STYLE)$/.test(page.tags[i]!) ||
        page.end[i]! - page.start[i]! > 400
      )
        continue;
      const head = textIn(page, i, 12);
      if (SECTION.test(head) && statusOf(head) === 'unknown' && !isNotDeliveredText(head)) break;
      if (head) sibs.push({ el: i, strong: true });
    }
    if (sibs.length) return sibs;
  }
  return [];
}

function inSubmitForm(page: Page, i: number): boolean {
  let f = page.parent[i]!;
  while (f >= 0 && page.tags[f] !== 'FORM') f = page.parent[f]!;
  if (f < 0) return !!attr(page, i, 'placeholder') && !textIn(page, i, 5);
  return [...descendants(page, f)].some((j) => /submit/i.test(attr(page, j, 'type')));
}

/** Leaf boxes in the region whose every line is key-shaped (a bare pre-wrap div of keys). */
function shapeOnlyAreas(page: Page, region: Scope): Area[] {
  const out: Area[] = [];
  for (const j of elementsIn(page, region)) {
    if (/^T[DH]$/.test(page.tags[j]!) || page.end[j]! - page.start[j]! > 60) continue;
    if ([...descendants(page, j)].some((d) => page.tags[d] !== 'BR')) continue;
    const lines = linesIn(page, j, 50);
    if (lines.length && lines.every(strongKey)) out.push({ el: j, strong: false });
  }
  return out;
}

/** Keys and the "not delivered" notice of one order region. `skip` = order numbers and buyer values. */
export function extractKeys(page: Page, region: Scope, keyCells: number[], skip: Set<string>): KeyResult {
  const areas = areasIn(page, region, keyCells);
  const seen = new Set<string>();
  const keys: string[] = [];
  let notice: string | null = null;
  const lists = areas.length ? areas : shapeOnlyAreas(page, region);
  for (const area of lists) {
    const lines = area.lines?.map((l) => l.replace(/\s+/g, ' ').trim()) ?? linesIn(page, area.el);
    for (const line of joinCardPairs(lines)) {
      if (!line || seen.has(line) || skip.has(line)) continue;
      const kind = lineKind(line, area.strong);
      if (kind === 'notice') notice ??= line.slice(0, 500);
      if (kind !== 'key') continue;
      seen.add(line);
      if (keys.length < 500) keys.push(line);
    }
  }
  return { keys, notice, areas: lists.length };
}
