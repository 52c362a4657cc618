import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Fixture layout: test/fixtures/<adapter-id>/<name>.html + <name>.expected.json ({ url, platform, kinds, orders, … }).
 * Negative pages (no order must come out) live in test/fixtures/negative/<name>.html + <name>.expected.json ({ url }).
 */
export const FIXTURE_ROOT = join(import.meta.dirname, '../../fixtures');

export interface FixtureCase {
  adapter: string;
  file: string;
  html: string;
  expected: { url: string } & Record<string, unknown>;
}

function casesIn(dir: string): FixtureCase[] {
  return readdirSync(join(FIXTURE_ROOT, dir))
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => {
      const file = f.replace('.expected.json', '.html');
      return {
        adapter: dir,
        file,
        html: readFileSync(join(FIXTURE_ROOT, dir, file), 'utf8'),
        expected: JSON.parse(readFileSync(join(FIXTURE_ROOT, dir, f), 'utf8')) as FixtureCase['expected'],
      };
    });
}

const dirs = readdirSync(FIXTURE_ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

export const positiveFixtures = dirs.filter((d) => d !== 'negative').flatMap(casesIn);
export const negativeFixtures = dirs.includes('negative') ? casesIn('negative') : [];

export function loadFixture(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
