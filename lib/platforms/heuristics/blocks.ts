/**
 * Order blocks: the smallest container holding an order-number pair plus two other roles with usable values.
 * Sibling cards and table rows become separate orders; a lone echo of an order number (search box, breadcrumb,
 * an article's example) never gathers enough roles to count.
 */
import { normalizeDeliveryMode, parseChinaTime, parseMoney } from '../normalize';
import { looksLikeOrderNo, type LabelRole } from '../vocab';
import type { Pair } from './pairs';
import { type Page } from './scan';
import { contains, scopeOf, type Scope } from './query';
import { statusOf } from './status';
import type { RowOrder } from './tables';

export interface OrderBlock {
  orderNo: string;
  /** The order's own pairs, in document order. */
  pairs: Pair[];
  /** Every container showing this order (a list row and its detail modal are one order). */
  blocks: number[];
  /** Per block, the largest container around it holding no other order: keys, notices and badges live here. */
  regions: Scope[];
  /** For a block shared with other orders (a flat list), this order's stretch of it. */
  spans: (Scope | undefined)[];
  keyCells: number[];
  /** Only an order number was found: kept by the adapter only if the page also shows keys or a notice. */
  weak: boolean;
}

/** The order-number token of a value ("A1B2C3D4E5F6 复制" → "A1B2C3D4E5F6"). */
export function orderNoOf(value: string, loose = false): string | undefined {
  for (const token of value.split(/[\s,，;；|:：()（）[\]【】]+/)) {
    const t = token.replace(/^[#＃]/, '');
    if (t.length > 64) continue;
    if (looksLikeOrderNo(t) || (loose && /^[A-Za-z0-9_-]{3,40}$/.test(t) && /\d{3}/.test(t))) return t;
  }
  return undefined;
}

/** Explicit order-number labels may carry short numeric ids (彩虹 "订单ID 10086"); a bare "订单" may not. */
const EXPLICIT = /订单(号|编号|ID|id|号码)|order[\s_-]*(no|id|sn|#)/i;

const numbers = new WeakMap<Pair, string | undefined>();

/** The order number a pair names, if it is an order-number pair (memoised: flat lists ask a lot). */
export function noOf(p: Pair): string | undefined {
  if (p.role !== 'orderNo') return undefined;
  if (!numbers.has(p))
    numbers.set(
      p,
      orderNoOf(p.value, (p.source === 'column' || p.source === 'label') && EXPLICIT.test(p.label)),
    );
  return numbers.get(p);
}

const VALID: Partial<Record<LabelRole, (v: string) => boolean>> = {
  product: (v) => v.length >= 1,
  quantity: (v) => /\d/.test(v),
  amount: (v) => parseMoney(v) !== null,
  payMethod: (v) => v.length <= 60,
  createdAt: (v) => parseChinaTime(v) !== null,
  paidAt: (v) => parseChinaTime(v) !== null,
  status: (v) => statusOf(v) !== 'unknown',
  deliveryMode: (v) => normalizeDeliveryMode(v) !== null,
};
/** Roles that say "a shop sold something" — a bank line has a number, a time and an amount, but none of these. */
const COMMERCE = new Set<LabelRole>(['product', 'quantity', 'status', 'deliveryMode', 'payMethod']);

/** A pair whose value fits its role (a 状态 that names no known status is no status). */
export function usable(p: Pair): boolean {
  const valid = VALID[p.role];
  return valid ? valid(p.value) : p.value.length > 0;
}

/** Two order facts besides the number, one of them a shop fact (buyer input and promises do not count). */
function enough(pairs: Pair[]): boolean {
  const roles = new Set(pairs.filter((p) => VALID[p.role] && usable(p)).map((p) => p.role));
  return roles.size >= 2 && [...roles].some((r) => COMMERCE.has(r));
}

/** Pairs whose anchor lies inside element `a` (pairs are sorted by anchor start). */
export function pairsIn(page: Page, pairs: Pair[], a: number): Pair[] {
  let lo = 0;
  let hi = pairs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (page.start[pairs[mid]!.anchor]! < page.start[a]!) lo = mid + 1;
    else hi = mid;
  }
  const out: Pair[] = [];
  for (let k = lo; k < pairs.length && page.start[pairs[k]!.anchor]! <= page.end[a]!; k++)
    out.push(pairs[k]!);
  return out;
}

/** In a flat container holding several orders, a pair belongs to the nearest order number before it. */
function ownPairs(inside: Pair[], no: string): Pair[] {
  let owner = inside.map(noOf).find(Boolean);
  return inside.filter((p) => (owner = noOf(p) ?? owner) === no);
}

/** This order's stretch of a shared container: from its first number (or the top) to the next order's number. */
function spanOf(page: Page, a: number, inside: Pair[], no: string): Scope {
  const heads = inside.filter((p) => noOf(p));
  const first = heads.findIndex((p) => noOf(p) === no);
  const next = heads.slice(first).find((p) => noOf(p) !== no);
  return {
    el: a,
    from: first === 0 ? page.start[a]! : page.start[heads[first]!.anchor]!,
    to: next ? page.start[next.anchor]! - 1 : page.end[a]!,
  };
}

function blockOf(page: Page, pairs: Pair[], head: Pair, no: string, maxClimb = 14) {
  for (let a = head.anchor, k = 0; a >= 0 && k < maxClimb; a = page.parent[a]!, k++) {
    const inside = pairsIn(page, pairs, a);
    const rival = inside.some((p) => noOf(p) && noOf(p) !== no);
    const own = rival ? ownPairs(inside, no) : inside;
    if (enough(own)) return { block: a, pairs: own, span: rival ? spanOf(page, a, inside, no) : undefined };
    if (rival) return undefined;
  }
  return undefined;
}

/** Group pairs and table rows into orders (at most `max`). */
export function findBlocks(page: Page, pairs: Pair[], rows: RowOrder[], max = 200): OrderBlock[] {
  const found = new Map<string, OrderBlock>();
  const add = (no: string, own: Pair[], block: number, keyCells: number[], span?: Scope, weak = false) => {
    const prev = found.get(no);
    if (!prev)
      found.set(no, { orderNo: no, pairs: own, blocks: [block], spans: [span], regions: [], keyCells, weak });
    else if (!prev.blocks.some((b) => contains(page, b, block) || contains(page, block, b))) {
      prev.blocks.push(block);
      prev.spans.push(span);
      prev.pairs.push(...own.filter((p) => !prev.pairs.includes(p)));
    }
  };
  for (const row of rows) {
    const no = row.pairs.map(noOf).find(Boolean);
    if (no && found.size < max && enough(row.pairs)) add(no, row.pairs, row.row, row.keyCells);
  }
  const heads = pairs.filter((p) => noOf(p));
  for (const head of heads) {
    const no = noOf(head)!;
    const hit = found.size < max || found.has(no) ? blockOf(page, pairs, head, no) : undefined;
    if (hit) add(no, hit.pairs, hit.block, [], hit.span);
  }
  // A page showing exactly one order number (a pay-result page) may still be an order page: see generic.ts.
  const labelled = heads.filter((h) => h.source !== 'hint');
  if (!found.size && new Set(labelled.map(noOf)).size === 1)
    add(noOf(labelled[0]!)!, [labelled[0]!], labelled[0]!.anchor, [], undefined, true);
  const orders = [...found.values()];
  for (const o of orders)
    o.regions = o.blocks.map((b, k) => o.spans[k] ?? scopeOf(page, regionOf(page, b, orders, o)));
  return orders;
}

/** Climb from the block while the container still holds no other order. */
function regionOf(page: Page, block: number, all: OrderBlock[], mine: OrderBlock): number {
  const others = all.filter((o) => o !== mine).flatMap((o) => o.blocks);
  let r = block;
  for (let p = page.parent[r]!; p >= 0 && !others.some((o) => contains(page, p, o)); p = page.parent[p]!)
    r = p;
  return r;
}
