import { describe, expect, it } from 'vitest';
import {
  EMPTY_QUERY,
  facets,
  filterOrders,
  formatQuery,
  isFiltered,
  matchesSearch,
  parseQuery,
  type CaseQuery,
} from '../../../lib/case-page/filters';
import type { Verdict } from '../../../lib/eligibility';
import { row } from './helpers';

const q = (over: Partial<CaseQuery>): CaseQuery => ({ ...EMPTY_QUERY, ...over });

describe('the query in the page URL', () => {
  it('round-trips every field and leaves empty ones out', () => {
    const query = q({ order: 'km.example.cn|KM1', q: 'steam 卡', platform: 'dujiaoka', status: 'refunding', breach: 'yes', verdict: 'ELIGIBLE' }); // prettier-ignore
    const search = formatQuery(query);
    expect(search).toBe('?order=km.example.cn%7CKM1&q=steam+%E5%8D%A1&platform=dujiaoka&status=refunding&breach=yes&verdict=ELIGIBLE'); // prettier-ignore
    expect(parseQuery(search)).toEqual(query);
    expect(formatQuery(EMPTY_QUERY)).toBe('');
    expect(formatQuery(q({ q: 'x' }))).toBe('?q=x');
  });

  it('ignores values it does not know instead of failing (hand-edited links)', () => {
    expect(parseQuery('?status=shipped&breach=maybe&verdict=YES&q=ok&order=')).toEqual(q({ q: 'ok' }));
    expect(parseQuery('')).toEqual(EMPTY_QUERY);
    expect(parseQuery(`?q=${'x'.repeat(500)}`).q).toBe('');
  });

  it('says when the list is narrowed (an open order alone is no filter)', () => {
    expect(isFiltered(q({ order: 'a|b' }))).toBe(false);
    expect(isFiltered(q({ q: '   ' }))).toBe(false);
    expect(isFiltered(q({ breach: 'no' }))).toBe(true);
  });
});

describe('search', () => {
  const order = row({
    orderNo: 'KM20260301100000999',
    product: 'Steam 钱包充值卡 100元',
    site: 'shop.example.cn',
    title: '订单详情 - 星辰卡盟',
    cardKeys: ['ABCD-EFGH-JKLM'],
  });

  it.each([
    ['KM20260301100000999', true],
    ['100000999', true],
    ['steam', true],
    ['钱包', true],
    ['shop.example', true],
    ['星辰卡盟', true],
    ['efgh-jklm', true],
    ['ＳＴＥＡＭ', true], // full-width
    ['steam 100元', true], // every term, anywhere
    ['steam netflix', false],
    ['', true],
  ])('%j → %s', (text, found) => {
    expect(matchesSearch(order, text)).toBe(found);
  });
});

describe('filters', () => {
  const a = row({
    platform: 'demo-kameng',
    status: 'awaiting_delivery',
    breachedAt: '2026-03-01T02:10:00.000Z',
  });
  const b = row({ platform: 'dujiaoka', status: 'delivered', cardKeys: ['K1'], product: '腾讯视频月卡' });
  const c = row({ platform: null, status: 'refunding', product: null });
  const all = [a, b, c];
  const verdicts = new Map<string, Verdict>([
    [a.key, 'ELIGIBLE'],
    [b.key, 'UNKNOWN'],
  ]);
  const keys = (query: Partial<CaseQuery>) =>
    filterOrders(all, q(query), (k) => verdicts.get(k)).map((o) => o.key);

  it('by platform (orders without one under "none"), status, breach and verdict', () => {
    expect(keys({ platform: 'dujiaoka' })).toEqual([b.key]);
    expect(keys({ platform: 'none' })).toEqual([c.key]);
    expect(keys({ status: 'refunding' })).toEqual([c.key]);
    expect(keys({ breach: 'yes' })).toEqual([a.key]);
    expect(keys({ breach: 'no' })).toEqual([b.key, c.key]);
    expect(keys({ verdict: 'ELIGIBLE' })).toEqual([a.key]);
  });

  it('leaves out orders whose verdict is not known yet when filtering by verdict', () => {
    expect(keys({ verdict: 'UNKNOWN' })).toEqual([b.key]);
    expect(filterOrders(all, q({ verdict: 'ELIGIBLE' }))).toEqual([]);
  });

  it('combines filters with the search', () => {
    expect(keys({ q: '腾讯', status: 'delivered' })).toEqual([b.key]);
    expect(keys({ q: '腾讯', status: 'refunding' })).toEqual([]);
    expect(keys({})).toEqual(all.map((o) => o.key));
  });

  it('offers the platforms and statuses present, most common first', () => {
    const more = [...all, row({ platform: 'dujiaoka', status: 'delivered' })];
    expect(facets(more)).toEqual({
      platforms: [
        { id: 'dujiaoka', count: 2 },
        { id: 'demo-kameng', count: 1 },
        { id: 'none', count: 1 },
      ],
      statuses: [
        { id: 'delivered', count: 2 },
        { id: 'awaiting_delivery', count: 1 },
        { id: 'refunding', count: 1 },
      ],
    });
  });
});
