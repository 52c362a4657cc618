import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../lib/platforms';

const root = join(import.meta.dirname, '../../fixtures');

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((dir) =>
    readdirSync(join(root, dir.name))
      .filter((f) => f.endsWith('.expected.json'))
      .map((f) => ({
        adapter: dir.name,
        file: f.replace('.expected.json', '.html'),
        expected: join(root, dir.name, f),
      })),
  );

describe('every fixture through the registry', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(0));

  it.each(cases)('$adapter/$file', ({ adapter, file, expected }) => {
    const { url, ...want } = JSON.parse(readFileSync(expected, 'utf8')) as { url: string; platform: string };
    const report = analyzePage(load(readFileSync(join(root, adapter, file), 'utf8')), new URL(url));
    expect(report.platform).toBe(adapter);
    expect({ platform: report.platform, kinds: report.kinds, orders: report.orders }).toEqual(want);
  });

  it('claims no order on a page of no platform', () => {
    const html = readFileSync(join(root, 'not-a-shop/article.html'), 'utf8');
    const report = analyzePage(load(html), new URL('https://news.example.com/weather'));
    expect(report).toMatchObject({ platform: null, kinds: [], orders: [] });
  });
});
