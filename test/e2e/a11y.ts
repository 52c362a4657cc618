// axe-core in an extension page: the serious and critical violations, with a message a reader can act on.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, ImpactValue, Result } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BLOCKING: ImpactValue[] = ['serious', 'critical'];

declare global {
  interface Window {
    axe?: { run: (context: Document, options: object) => Promise<AxeResults> };
  }
}

/**
 * Injects axe-core (once per document) and runs it over the whole page as it is now; returns the violations
 * whose impact is serious or critical. Callers wait for the UI they want checked to be rendered first.
 */
export async function seriousViolations(page: Page): Promise<Result[]> {
  // Extension pages forbid inline scripts (CSP script-src 'self'), so no addScriptTag: DevTools evaluation is
  // not subject to the page's CSP.
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() => window.axe!.run(document, { resultTypes: ['violations'] }));
  return results.violations.filter((v) => v.impact != null && BLOCKING.includes(v.impact));
}

/** One block per rule: id, impact, help and link, then each offending element's selector and axe's summary. */
export function describeViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map(
          (n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replaceAll('\n', '\n      ') ?? ''}`,
        )
        .join('\n');
      return `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n\n');
}
