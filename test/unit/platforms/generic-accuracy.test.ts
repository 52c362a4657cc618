import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { OrderSnapshot } from '../../../lib/model/order';
import { analyzePage } from '../../../lib/platforms';
import { generic } from '../../../lib/platforms/generic';
import { loadFixture, positiveFixtures } from './fixture-cases';

/** The 13 fields of OrderSnapshot, each worth one point per expected order. */
const FIELDS = [
  'orderNo',
  'product',
  'quantity',
  'amount',
  'payMethod',
  'createdAt',
  'paidAt',
  'status',
  'statusText',
  'deliveryMode',
  'cardKeys',
  'undeliveredNotice',
  'promise',
] as const satisfies readonly (keyof OrderSnapshot)[];

/** Score the generic heuristic alone on one fixture: orders matched by orderNo, a missing order scores 0. */
function score(html: string, url: string, want: OrderSnapshot[]) {
  const report = analyzePage(loadFixture(html), new URL(url), [generic]);
  const got = new Map(report.orders.map((o) => [o.orderNo, o]));
  let right = 0;
  const misses: string[] = [];
  for (const w of want) {
    const g = got.get(w.orderNo);
    for (const f of FIELDS) {
      if (g && isDeepStrictEqual(g[f], w[f])) right++;
      else misses.push(g ? `${w.orderNo.slice(-6)}.${f}=${JSON.stringify(g[f])}` : `${w.orderNo} missing`);
    }
  }
  const extra = report.orders.filter((o) => !want.some((w) => w.orderNo === o.orderNo)).map((o) => o.orderNo);
  return { right, total: want.length * FIELDS.length, misses: [...new Set(misses)], extra };
}

describe('generic adapter accuracy over every fixture', () => {
  it('gets at least 90 % of expected order fields right', () => {
    let right = 0;
    let total = 0;
    const lines: string[] = [];
    for (const fx of positiveFixtures) {
      const want = (fx.expected.orders as OrderSnapshot[] | undefined) ?? [];
      if (!want.length) continue;
      const s = score(fx.html, fx.expected.url, want);
      right += s.right;
      total += s.total;
      const pct = ((100 * s.right) / s.total).toFixed(0).padStart(3);
      const notes = [...s.misses, ...s.extra.map((e) => `extra ${e}`)].join('; ');
      lines.push(`${pct}%  ${fx.adapter}/${fx.file}${notes ? `  — ${notes.slice(0, 400)}` : ''}`);
    }
    lines.sort();
    console.log(
      `generic accuracy ${right}/${total} = ${((100 * right) / total).toFixed(1)} %\n${lines.join('\n')}`,
    );
    expect(right / total).toBeGreaterThanOrEqual(0.9);
  });
});
