/**
 * The case page's list query (issue #9): filters and search, kept in the page URL (`case.html?q=…&status=…`) so a
 * link opens the same view. Pure: parse/format the query, match and filter order rows.
 */
import { z } from 'zod';
import { OrderStatus, type OrderRow } from '../model/order';
import type { Verdict } from '../eligibility/rule-table';

export const VERDICTS = ['ELIGIBLE', 'CONSENT', 'UNLIKELY', 'UNKNOWN'] as const satisfies readonly Verdict[];

/** `''` = no filter. Every field falls back on its default, so a hand-edited URL never breaks the page. */
export const CaseQuery = z.object({
  order: z.string().min(1).max(300).nullable().catch(null),
  q: z.string().max(200).catch(''),
  platform: z.string().max(60).catch(''),
  status: z.union([OrderStatus, z.literal('')]).catch(''),
  breach: z.enum(['', 'yes', 'no']).catch(''),
  verdict: z.enum(['', ...VERDICTS]).catch(''),
});
export type CaseQuery = z.infer<typeof CaseQuery>;

export const EMPTY_QUERY: CaseQuery = {
  order: null,
  q: '',
  platform: '',
  status: '',
  breach: '',
  verdict: '',
};

/** Orders without a recognised platform are filtered under this id. */
export const NO_PLATFORM = 'none';

export function parseQuery(search: string): CaseQuery {
  const p = new URLSearchParams(search);
  const get = (k: string) => p.get(k) ?? undefined;
  return CaseQuery.parse({
    order: get('order') ?? null,
    q: get('q') ?? '',
    platform: get('platform') ?? '',
    status: get('status') ?? '',
    breach: get('breach') ?? '',
    verdict: get('verdict') ?? '',
  });
}

/** `?order=…&q=…`, empty fields left out (`''` when nothing is set). */
export function formatQuery(query: CaseQuery): string {
  const p = new URLSearchParams();
  for (const k of ['order', 'q', 'platform', 'status', 'breach', 'verdict'] as const) {
    const v = query[k];
    if (v) p.set(k, v);
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** True when any filter or search narrows the list (the selected order is not a filter). */
export function isFiltered(query: CaseQuery): boolean {
  return !!(query.q.trim() || query.platform || query.status || query.breach || query.verdict);
}

/** Full-width → half-width, lower case: "ＫＭ２０２６" finds "km2026". */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The texts a search looks in: number, item, shop (host and page title), platform, page status, card keys. */
function haystack(o: OrderRow): string {
  return normalize(
    [o.orderNo, o.product ?? '', o.site, o.title, o.platform ?? '', o.statusText ?? '', ...o.cardKeys].join(
      '\n',
    ),
  );
}

/** Every whitespace-separated term must occur somewhere in the order's texts. */
export function matchesSearch(order: OrderRow, q: string): boolean {
  const terms = normalize(q).split(/\s+/).filter(Boolean);
  if (!terms.length) return true;
  const text = haystack(order);
  return terms.every((t) => text.includes(t));
}

/**
 * `verdictOf` gives an order's eligibility verdict once it is known; with a verdict filter set, orders whose
 * verdict is not known yet are left out (the page says it is still assessing).
 */
export function matchesQuery(
  order: OrderRow,
  query: CaseQuery,
  verdictOf: (key: string) => Verdict | undefined = () => undefined,
): boolean {
  if (query.platform && (order.platform ?? NO_PLATFORM) !== query.platform) return false;
  if (query.status && order.status !== query.status) return false;
  if (query.breach === 'yes' && !order.breachedAt) return false;
  if (query.breach === 'no' && order.breachedAt) return false;
  if (query.verdict && verdictOf(order.key) !== query.verdict) return false;
  return matchesSearch(order, query.q);
}

export function filterOrders(
  orders: readonly OrderRow[],
  query: CaseQuery,
  verdictOf?: (key: string) => Verdict | undefined,
): OrderRow[] {
  return orders.filter((o) => matchesQuery(o, query, verdictOf));
}

/** The platforms and statuses present, with counts, for the filter menus (most common first). */
export function facets(orders: readonly OrderRow[]): {
  platforms: { id: string; count: number }[];
  statuses: { id: OrderStatus; count: number }[];
} {
  const count = <K extends string>(keys: K[]) => {
    const m = new Map<K, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return [...m]
      .map(([id, n]) => ({ id, count: n }))
      .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
  };
  return {
    platforms: count(orders.map((o) => o.platform ?? NO_PLATFORM)),
    statuses: count(orders.map((o) => o.status)),
  };
}
