/**
 * Label–value pairs from every common structure, found from the text nodes outward: a text that is a label
 * (`dt`, `th`, `td.title`, `label`, `strong`, `span.label`, a bare "订单号：" node) takes the next sibling's
 * content (`dd`, `td`, `span`, trailing text, a readonly input); a text holding "标签：值" is split; "#A1B2…"
 * is an order number; class hints (status badges, goods-name) add unlabelled values.
 */
import { clean } from '../normalize';
import { statusOf } from './status';
import { looksLikeOrderNo, type LabelRole } from '../vocab';
import { attrOrderNo, hintPair } from './hints';
import { colonPairs, isLabelOnly, labelRole } from './labels';
import { attr, type Chunk, type Page } from './scan';
import { textIn } from './query';

export interface Pair {
  role: LabelRole;
  label: string;
  value: string;
  /** The element holding label and value: order blocks are found by climbing from here. */
  anchor: number;
  source: 'label' | 'colon' | 'hash' | 'hint' | 'column';
}

const INLINE = /^(SPAN|A|B|STRONG|EM|I|FONT|SMALL|LABEL|CODE|SUP|SUB|U|MARK)$/;
const NO_PAIRS = /^(TEXTAREA|OPTION|BUTTON|TITLE)$/;
const SKIP_VALUE = /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|BUTTON|IMG|SVG|I)$/;
const LOCKED_TYPES = /^(text|number|tel|email|search|url)$/;

/** A readonly/disabled text control's value: editable ones are search boxes and echoes, never page facts. */
function controlValue(el: Element): string {
  if (el.tagName !== 'INPUT' && el.tagName !== 'TEXTAREA') return '';
  if (!el.hasAttribute('readonly') && !el.hasAttribute('disabled')) return '';
  if (el.tagName === 'INPUT' && !LOCKED_TYPES.test((el.getAttribute('type') ?? 'text').toLowerCase()))
    return '';
  return clean((el as HTMLInputElement).value ?? el.getAttribute('value'));
}

function valueOf(page: Page, i: number): string {
  const text = textIn(page, i);
  if (text) return text;
  for (let j = i, n = 0; j < page.els.length && page.start[j]! <= page.end[i]! && n < 12; j++, n++) {
    const v = controlValue(page.els[j]!);
    if (v) return v.slice(0, 300);
  }
  return '';
}

/** The content right after `from` on the same line: trailing text, or the next element's text/control. */
export function nextValue(page: Page, from: Node): { text: string; el: number } | undefined {
  let n = from.nextSibling;
  for (let k = 0; n && k < 8; k++, n = n.nextSibling) {
    if (n.nodeType === 3) {
      const t = clean((n as Text).data.slice(0, 400));
      const p = n.parentNode ? page.idx.get(n.parentNode as Element) : undefined;
      if (t && p !== undefined) return { text: t, el: p };
      continue;
    }
    if (n.nodeType !== 1) continue;
    const i = page.idx.get(n as Element);
    if (i === undefined || page.tags[i] === 'BR' || page.tags[i] === 'HR') return undefined;
    if (SKIP_VALUE.test(page.tags[i]!) || /(^|\s)(btn|button)/i.test(attr(page, i, 'class'))) continue;
    const text = valueOf(page, i);
    if (text) return { text, el: i };
  }
  return undefined;
}

/** A pair inside a long sentence-y paragraph is an article's example, not a field. */
function inProse(page: Page, el: number): boolean {
  let b = el;
  for (let k = 0; k < 4 && INLINE.test(page.tags[b]!) && page.parent[b]! >= 0; k++) b = page.parent[b]!;
  const text = textIn(page, b, 400);
  return text.length > 160 && /[。！？]/.test(text);
}

const HASH_ONLY = /^[#＃]\s*([A-Za-z0-9_-]{6,40})$/;
const HASH_IN =
  /(?:订单|order)\s*(?:号|编号|no\.?)?\s*[#＃]\s*([A-Za-z0-9_-]{6,40})\s*([\u4e00-\u9fff]{2,6})?/i;

function fromChunk(page: Page, ch: Chunk, out: Pair[]) {
  const t = ch.text;
  const node = ch.node!;
  if (!ch.btn && (isLabelOnly(t) || t === '#' || t === '＃')) {
    const role = t.length === 1 ? 'orderNo' : labelRole(t);
    if (!role || inProse(page, ch.el)) return;
    // Climb while the label is alone in its wrapper (<div class="label"><span>订单号</span></div>).
    let label: Node = textIn(page, ch.el, 40) === t ? page.els[ch.el]! : node;
    let li = label === node ? -1 : ch.el;
    let v = nextValue(page, label);
    for (let k = 0; !v && li >= 0 && k < 3; k++) {
      const p = page.parent[li]!;
      if (p < 0 || textIn(page, p, 40) !== t) break;
      li = p;
      label = page.els[p]!;
      v = nextValue(page, label);
    }
    if (!v || isLabelOnly(v.text)) return;
    const anchor = li >= 0 ? page.parent[li]! : ch.el;
    out.push({ role, label: t, value: v.text, anchor: anchor >= 0 ? anchor : ch.el, source: 'label' });
    return;
  }
  const hash = HASH_ONLY.exec(t) ?? HASH_IN.exec(t);
  if (hash && looksLikeOrderNo(hash[1]!)) {
    out.push({ role: 'orderNo', label: '#', value: hash[1]!, anchor: ch.el, source: 'hash' });
    const said = hash[2] && statusOf(hash[2]) !== 'unknown' ? hash[2] : undefined;
    if (said) out.push({ role: 'status', label: '#', value: said, anchor: ch.el, source: 'hash' });
    return;
  }
  if (!/[:：]/.test(t) || inProse(page, ch.el)) return;
  for (const line of ch.raw.split('\n').map(clean)) {
    if (!line || line.length > 200) continue;
    const { pairs, prose } = colonPairs(line);
    if (prose) continue;
    pairs.forEach((p, k) => {
      const last = k === pairs.length - 1;
      const value = p.value || (last ? (nextValue(page, node)?.text ?? '') : '');
      if (value && !isLabelOnly(value))
        out.push({ role: p.role, label: p.label, value, anchor: ch.el, source: 'colon' });
    });
  }
}

/** Every pair on the page, sorted by anchor position (so "pairs inside X" is a contiguous range). */
export function extractPairs(page: Page, maxChunks = 30_000): Pair[] {
  const out: Pair[] = [];
  for (let c = 0, n = 0; c < page.chunks.length && n < maxChunks; c++) {
    const ch = page.chunks[c]!;
    if (ch.brk || !ch.node || ch.text.length > 400 || NO_PAIRS.test(page.tags[ch.el]!)) continue;
    if (ch.btn && !/[:：#＃]/.test(ch.text)) continue; // a button may read "订单号：…", never a bare label
    n++;
    fromChunk(page, ch, out);
  }
  for (let i = 0; i < page.els.length; i++) {
    const hint = hintPair(page, i);
    if (hint) out.push(hint);
    const a = attrOrderNo(page.els[i]!);
    if (a)
      out.push({ role: 'orderNo', label: a.name, value: a.value.slice(0, 64), anchor: i, source: 'label' });
  }
  return out.sort((a, b) => page.start[a.anchor]! - page.start[b.anchor]!);
}
