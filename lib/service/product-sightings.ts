import { z } from 'zod';
import { parsePromise } from '../deadlines/promise';
import { base64ToBytes, bytesToBase64 } from '../evidence/hash';
import { ProductInfo, type OrderRow, type PageReport } from '../model/order';
import { appendEvidence } from '../store/evidence';
import { getOrder, patchOrder } from '../store/orders';
import type { CaptureDeps } from './evidence-store';

/** A product page binds the order placed on the same site soon after (the buyer bought on its promise). */
const LINK_WINDOW_MS = 6 * 3600_000;
const keyOf = (site: string) => `product:${site}`;

const Sighting = z.object({
  url: z.string(),
  title: z.string(),
  seenAt: z.string(),
  info: ProductInfo,
  shot: z.object({ base64: z.string(), mime: z.string(), rawSha256: z.string() }).nullable(),
});

/** Keep the product page seen last on this site (info plus a screenshot when the tab is visible). */
export async function rememberProduct(
  report: PageReport,
  tabId: number,
  deps: CaptureDeps,
  now: Date,
): Promise<void> {
  if (!report.product) return;
  const site = new URL(report.url).host;
  const shot = await deps
    .capture(tabId, { expectUrl: report.url, orderNo: null, band: deps.band ?? true })
    .catch(() => undefined);
  const sighting: z.infer<typeof Sighting> = {
    url: report.url,
    title: report.title,
    seenAt: shot?.capturedAt ?? now.toISOString(),
    info: report.product,
    shot: shot ? { base64: bytesToBase64(shot.bytes), mime: shot.mime, rawSha256: shot.rawSha256 } : null,
  };
  await deps.session.set({ [keyOf(site)]: sighting });
}

/** A new order on a site whose product page was seen before: keep that page as the order's first evidence. */
export async function linkProduct(order: OrderRow, deps: CaptureDeps, now: Date): Promise<OrderRow> {
  const raw = (await deps.session.get(keyOf(order.site)))[keyOf(order.site)];
  const seen = Sighting.safeParse(raw);
  if (!seen.success || now.getTime() - Date.parse(seen.data.seenAt) > LINK_WINDOW_MS) return order;
  const s = seen.data;
  await deps.session.remove(keyOf(order.site));
  const base = { kind: 'product-page' as const, capturedAt: s.seenAt, url: s.url, title: s.title };
  const meta = { reason: 'before-purchase', product: s.info.name, promise: s.info.promiseText };
  if (s.shot)
    await appendEvidence(order.key, {
      ...base,
      mime: s.shot.mime,
      bytes: base64ToBytes(s.shot.base64),
      meta: { ...meta, rawSha256: s.shot.rawSha256 },
    });
  const text = new TextEncoder().encode(
    JSON.stringify({ type: 'product-page', url: s.url, seenAt: s.seenAt, ...s.info }, null, 2),
  );
  await appendEvidence(order.key, { ...base, mime: 'application/json', bytes: text, meta });
  if (s.info.promiseText) {
    const minutes = parsePromise(s.info.promiseText)?.minutes ?? null;
    await patchOrder(order.key, { productPromise: { text: s.info.promiseText, minutes } });
  }
  return (await getOrder(order.key)) ?? order;
}
