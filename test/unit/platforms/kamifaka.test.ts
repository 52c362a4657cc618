import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kamifaka } from '../../../lib/platforms/kamifaka';
import { FIXTURE_ROOT, loadFixture } from './fixture-cases';

const fixture = (name: string) => readFileSync(join(FIXTURE_ROOT, 'kamifaka', name), 'utf8');

describe('kamifaka adapter', () => {
  it('accepts history-mode routes as well as hash routes', () => {
    const doc = loadFixture(fixture('search-order.html'));
    expect(kamifaka.detect(doc, new URL('https://k.example.com/search'))?.kinds).toEqual(['order']);
    expect(kamifaka.detect(doc, new URL('https://k.example.com/#/search'))?.kinds).toEqual(['order']);
    expect(kamifaka.detect(doc, new URL('https://k.example.com/#/1/pay'))).toBeUndefined();
  });

  it('needs the Vue-rendered SPA, not just the same words', () => {
    const html = fixture('search-order.html').replace(/ data-v-[\w-]+=""/g, '');
    expect(kamifaka.detect(loadFixture(html), new URL('https://k.example.com/#/search'))).toBeUndefined();
  });

  it('an unpaid order keeps its own status and gets no keys', () => {
    const html = fixture('search-order.html')
      .replace('>已支付<', '>未支付<')
      .replace(/<textarea([^>]*)>[\s\S]*?<\/textarea>/, '<textarea$1></textarea>');
    const [order] = kamifaka.extractOrders(loadFixture(html), new URL('https://k.example.com/#/search'));
    expect(order).toMatchObject({ status: 'unpaid', statusText: '未支付', cardKeys: [] });
  });
});
