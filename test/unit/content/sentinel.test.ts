import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeCardPlatform } from '../../../lib/content/sentinel';

const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const fixture = (p: string) => readFileSync(join(import.meta.dirname, '../../fixtures', p), 'utf8');

describe('sentinel gate', () => {
  it('passes a card-platform order page', () => {
    const page = doc(fixture('demo-kameng/order-awaiting.html'));
    expect(looksLikeCardPlatform(page, new URL('http://127.0.0.1:1/user/order/KM1'))).toBe(true);
  });

  it('passes an unknown shop by URL token plus identity words', () => {
    const page = doc('<title>查询订单 - 某某小店</title><h3>订单查询</h3>');
    expect(looksLikeCardPlatform(page, new URL('https://shop.example/orderquery.htm'))).toBe(true);
  });

  it('stops on an ordinary article and on non-web schemes', () => {
    const page = doc(fixture('negative/weather-article.html'));
    expect(looksLikeCardPlatform(page, new URL('https://news.example.com/weather'))).toBe(false);
    expect(looksLikeCardPlatform(doc('<title>订单</title>'), new URL('file:///tmp/order.html'))).toBe(false);
  });
});
