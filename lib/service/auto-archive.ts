/**
 * Setting `mhtml`: an MHTML archive (Chrome's pageCapture) next to each automatic capture of an order page —
 * first sight, status change, keys appearing. Secondary evidence: a failure (Firefox has no pageCapture, the tab
 * moved on) is logged and never fails the page report.
 */
import type { OrderChange } from '../store/orders';
import { appendEvidence } from '../store/evidence';
import { orderKey, type PageReport } from '../model/order';
import type { PageArchive } from './manual-capture';

const WANTED: ReadonlySet<OrderChange> = new Set(['new', 'status', 'keys']);

export interface ArchiveDeps {
  archive: (tabId: number) => Promise<PageArchive>;
}

export async function autoArchive(
  report: PageReport,
  changes: readonly OrderChange[],
  tabId: number,
  deps: ArchiveDeps,
  enabled: boolean,
): Promise<number> {
  if (!enabled || !report.orders.length || !changes.some((c) => WANTED.has(c))) return 0;
  const site = new URL(report.url).host;
  try {
    const archive = await deps.archive(tabId);
    // The tab may have navigated meanwhile: an archive of another page is not this order's evidence.
    if (archive.url !== report.url) return 0;
    for (const o of report.orders)
      await appendEvidence(orderKey(site, o.orderNo), {
        ...archive,
        kind: 'page-archive',
        meta: { reason: 'auto' },
      });
    return report.orders.length;
  } catch (err) {
    console.warn('[cardshield] automatic MHTML archive', err);
    return 0;
  }
}
