import { appendEvidence, upsertOrder, type OrderChange } from '../db';
import { z } from 'zod';
import { EvidenceKind } from '../model/evidence';
import type { PageReport } from '../model/order';
import { orderKey } from '../model/order';
import { writeTabState, type SessionArea } from '../tab-state';
import type { Shot } from './capture';

export interface IngestDeps {
  session: SessionArea;
  capture: (tabId: number, expectUrl?: string) => Promise<Shot | undefined>;
  now?: () => Date;
}

export const CaptureRequest = z.object({
  orderKeys: z.array(z.string()),
  kind: EvidenceKind,
  reason: z.string(),
  url: z.string(),
});
export type CaptureRequest = z.infer<typeof CaptureRequest>;

/** Which evidence a change calls for: first sight and status changes → order page; new keys → card-key record. */
function captureFor(changes: OrderChange[]): { kind: EvidenceKind; reason: string } | undefined {
  if (changes.includes('keys')) return { kind: 'card-key', reason: 'keys-appeared' };
  if (changes.includes('new')) return { kind: 'order-page', reason: 'first-seen' };
  if (changes.includes('status')) return { kind: 'order-page', reason: 'status-changed' };
  return undefined;
}

/** Store what a tab's page shows and capture evidence when something material changed. */
export async function ingestReport(
  report: PageReport,
  tabId: number,
  deps: IngestDeps,
): Promise<OrderChange[]> {
  const now = deps.now?.() ?? new Date();
  const site = new URL(report.url).host;
  const where = { site, platform: report.platform, url: report.url, title: report.title };
  const changes: OrderChange[] = [];
  for (const order of report.orders) changes.push((await upsertOrder(order, where, now)).change);
  const orderKeys = report.orders.map((o) => orderKey(site, o.orderNo));
  await writeTabState(deps.session, tabId, {
    url: report.url,
    platform: report.platform,
    kinds: report.kinds,
    orderKeys,
    updatedAt: now.toISOString(),
  });
  const wanted = captureFor(changes);
  if (wanted && orderKeys.length)
    await captureOrDefer(tabId, { ...wanted, orderKeys, url: report.url }, deps);
  return changes;
}

const pendingKey = (tabId: number) => `pending:${tabId}`;

/** Capture now if the tab is visible, else remember the request until the tab is activated. */
export async function captureOrDefer(tabId: number, req: CaptureRequest, deps: IngestDeps): Promise<boolean> {
  const shot = await deps.capture(tabId, req.url);
  if (!shot) {
    await deps.session.set({ [pendingKey(tabId)]: req });
    return false;
  }
  await deps.session.remove(pendingKey(tabId));
  for (const key of req.orderKeys) {
    await appendEvidence(key, {
      kind: req.kind,
      capturedAt: shot.capturedAt,
      url: shot.url,
      title: shot.title,
      mime: shot.mime,
      bytes: shot.bytes,
      meta: { reason: req.reason, tabId },
    });
  }
  return true;
}

export async function runPendingCapture(tabId: number, deps: IngestDeps): Promise<boolean> {
  const req = CaptureRequest.safeParse((await deps.session.get(pendingKey(tabId)))[pendingKey(tabId)]);
  return req.success ? captureOrDefer(tabId, req.data, deps) : false;
}
