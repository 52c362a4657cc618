import { ensureOrder, patchOrder, upsertOrder, type OrderChange } from '../store/orders';
import { appendEvidence, lastEvidenceWhere } from '../store/evidence';
import { sha256Hex } from '../evidence/hash';
import { orderKey, type OrderRow, type PageReport } from '../model/order';
import { addEvent } from '../store/events';
import { writeTabState } from '../tab-state';
import { syncDeadline, type DeadlineDeps } from './deadlines';
import { linkProduct, rememberProduct } from './product-sightings';
import { captureOrDefer, type CaptureDeps, type CaptureRequest } from './evidence-store';

export interface IngestDeps extends CaptureDeps, DeadlineDeps {
  now?: () => Date;
  /** Setting `fullPage`: keys appearing → the whole page (default), else the viewport only. */
  fullPage?: boolean;
}

type Wanted = Pick<CaptureRequest, 'kind' | 'reason' | 'mode'>;

/**
 * Which evidence a change calls for: keys appearing → a full-page card-key record (the key area is often below
 * the fold); first sight and status changes → the order page as shown.
 */
function captureFor(changes: OrderChange[], fullPage = true): Wanted | undefined {
  if (changes.includes('keys'))
    return { kind: 'card-key', reason: 'keys-appeared', mode: fullPage ? 'full-page' : 'viewport' };
  if (changes.includes('new')) return { kind: 'order-page', reason: 'first-seen', mode: 'viewport' };
  if (changes.includes('status')) return { kind: 'order-page', reason: 'status-changed', mode: 'viewport' };
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
  for (const order of report.orders) {
    const { row: stored, change, statusChanged } = await upsertOrder(order, where, now);
    changes.push(change);
    if (change === 'none') continue;
    const linked = change === 'new' ? await linkProduct(stored, deps, now) : stored;
    const row = await keepNoRefundNotices(linked, report.noRefundNotices);
    await recordChange(row, change, statusChanged, now);
    await syncDeadline(row, deps);
  }
  const orderKeys = report.orders.map((o) => orderKey(site, o.orderNo));
  const chatKey =
    report.chat.length && report.chatOrderNo ? await ensureOrder(report.chatOrderNo, where, now) : null;
  if (chatKey && !orderKeys.includes(chatKey)) orderKeys.push(chatKey);
  await writeTabState(deps.session, tabId, {
    url: report.url,
    platform: report.platform,
    kinds: report.kinds,
    orderKeys,
    updatedAt: now.toISOString(),
  });

  if (report.product && !report.orders.length) await rememberProduct(report, tabId, deps, now);
  const orderNo = orderKeys.length === 1 ? (report.orders[0]?.orderNo ?? report.chatOrderNo) : null;
  const wanted = captureFor(changes, deps.fullPage);
  if (wanted && report.orders.length)
    await captureOrDefer(
      tabId,
      { ...wanted, orderKeys: report.orders.map((o) => orderKey(site, o.orderNo)), orderNo, url: report.url },
      deps,
    );
  if (chatKey && (await storeTranscript(chatKey, report, now))) {
    changes.push('chat');
    await captureOrDefer(
      tabId,
      { kind: 'chat', reason: 'messages-changed', orderKeys: [chatKey], orderNo, url: report.url },
      deps,
    );
  }
  return changes;
}

/** Notices on the order's own page ("一经售出概不退换") stay with the order for the eligibility warning. */
async function keepNoRefundNotices(row: OrderRow, notices: readonly string[]): Promise<OrderRow> {
  const merged = [...new Set([...row.noRefundNotices, ...notices])].slice(0, 10);
  if (merged.length === row.noRefundNotices.length) return row;
  await patchOrder(row.key, { noRefundNotices: merged });
  return { ...row, noRefundNotices: merged };
}

/** The timeline keeps what changed: first sight, status moves, keys appearing. */
async function recordChange(row: OrderRow, change: OrderChange, statusChanged: boolean, now: Date) {
  const at = now.toISOString();
  const keys = row.cardKeys.length;
  if (change === 'new')
    await addEvent({ orderKey: row.key, at, type: 'first-seen', data: { status: row.status, keys } });
  if (change === 'status')
    await addEvent({
      orderKey: row.key,
      at,
      type: 'status',
      data: { status: row.status, text: row.statusText },
    });
  if (change === 'keys') await addEvent({ orderKey: row.key, at, type: 'keys', data: { count: keys } });
}

/** The thread as text (JSON), stored when it differs from the last transcript of this order. */
async function storeTranscript(key: string, report: PageReport, now: Date): Promise<boolean> {
  const messages = JSON.stringify(report.chat);
  const digest = await sha256Hex(messages);
  const last = await lastEvidenceWhere(key, (r) => r.kind === 'chat' && 'transcriptSha256' in r.meta);
  if (last?.meta.transcriptSha256 === digest) return false;
  const body = {
    type: 'chat-transcript',
    orderNo: report.chatOrderNo,
    url: report.url,
    platform: report.platform,
    messages: report.chat,
  };
  await appendEvidence(key, {
    kind: 'chat',
    capturedAt: now.toISOString(),
    url: report.url,
    title: report.title,
    mime: 'application/json',
    bytes: new TextEncoder().encode(JSON.stringify(body, null, 2)),
    meta: { reason: 'messages-changed', transcriptSha256: digest, messages: report.chat.length },
  });
  return true;
}
