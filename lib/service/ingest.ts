import { appendEvidence, lastEvidence, upsertOrder, type OrderChange } from '../db';
import { z } from 'zod';
import { EvidenceKind } from '../model/evidence';
import type { PageReport } from '../model/order';
import { orderKey } from '../model/order';
import { writeTabState, type SessionArea } from '../tab-state';
import type { CaptureTarget, Shot } from './capture';

export interface IngestDeps {
  session: SessionArea;
  capture: (tabId: number, target: CaptureTarget) => Promise<Shot | undefined>;
  /** Burn the URL/time/order band into screenshots (setting; default on). */
  band?: boolean;
  now?: () => Date;
}

export const CaptureRequest = z.object({
  orderKeys: z.array(z.string()),
  orderNo: z.string().nullable().default(null),
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
  const orderNo = report.orders.length === 1 ? report.orders[0]!.orderNo : null;
  if (wanted && orderKeys.length)
    await captureOrDefer(tabId, { ...wanted, orderKeys, orderNo, url: report.url }, deps);
  return changes;
}

const pendingKey = (tabId: number) => `pending:${tabId}`;

/** Capture now if the tab is visible, else remember the request until the tab is activated. */
export async function captureOrDefer(tabId: number, req: CaptureRequest, deps: IngestDeps): Promise<boolean> {
  const shot = await deps.capture(tabId, {
    expectUrl: req.url || undefined,
    orderNo: req.orderNo,
    band: deps.band ?? true,
  });
  if (!shot) {
    await deps.session.set({ [pendingKey(tabId)]: req });
    return false;
  }
  await deps.session.remove(pendingKey(tabId));
  for (const key of req.orderKeys) await storeShot(key, shot, req, tabId);
  return true;
}

/** A shot identical to the order's last one is not stored again: the chain records "unchanged at T" instead. */
async function storeShot(key: string, shot: Shot, req: CaptureRequest, tabId: number) {
  const last = await lastEvidence(key);
  const base = { capturedAt: shot.capturedAt, url: shot.url, title: shot.title };
  if (last && last.meta.rawSha256 === shot.rawSha256) {
    const note = { type: 'unchanged', sameAsSeq: last.seq, sameAsSha256: last.sha256, at: shot.capturedAt };
    const bytes = new TextEncoder().encode(JSON.stringify(note));
    await appendEvidence(key, {
      ...base,
      kind: 'note',
      mime: 'application/json',
      bytes,
      meta: { reason: req.reason, unchanged: true },
    });
    return;
  }
  const meta = {
    reason: req.reason,
    tabId,
    rawSha256: shot.rawSha256,
    width: shot.width,
    height: shot.height,
  };
  await appendEvidence(key, { ...base, kind: req.kind, mime: shot.mime, bytes: shot.bytes, meta });
}

export async function runPendingCapture(tabId: number, deps: IngestDeps): Promise<boolean> {
  const req = CaptureRequest.safeParse((await deps.session.get(pendingKey(tabId)))[pendingKey(tabId)]);
  return req.success ? captureOrDefer(tabId, req.data, deps) : false;
}
