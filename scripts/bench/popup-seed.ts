/**
 * Fills CardShield's IndexedDB, from the extension's service worker, with a heavy buyer's history: N orders with
 * M evidence records each (metadata rows as lib/store writes them; small distinct blobs, real PNG screenshots for
 * the order under test), a timeline per order, and a chat transcript and product page the case view reads back.
 * Row templates are typed and zod-checked here against lib/model; the worker only varies keys, times and bytes.
 * The worker-side code is a plain JS string: functions serialised from tsx-run code would carry esbuild's
 * __name helper, which does not exist in the worker.
 */
import type { Worker } from '@playwright/test';
import { EventRow } from '../../lib/model/event';
import { EvidenceRow } from '../../lib/model/evidence';
import { OrderRow, type OrderRowInput } from '../../lib/model/order';

export interface SeedSpec {
  /** Host of the shop (the order key's site). */
  site: string;
  orders: number;
  /** Shops the orders are spread over; the target's shop has the largest share. */
  shops: number;
  evidencePerOrder: number;
  /** The order whose page the popup will look at: its row gets real screenshots, a chat and a product page. */
  target: { orderNo: string; url: string };
}

const HEX = '0'.repeat(64);
const AT = '2026-01-01T00:00:00.000Z';

function templates(spec: SeedSpec) {
  const order: OrderRowInput = {
    orderNo: 'TEMPLATE',
    product: 'Steam 钱包充值卡 100元（国区）',
    quantity: 1,
    amount: 96,
    payMethod: '微信支付',
    createdAt: AT,
    paidAt: AT,
    status: 'delivered',
    statusText: '已发货',
    deliveryMode: 'auto',
    cardKeys: ['AAAA-BBBB-CCCC-DDDD'],
    undeliveredNotice: null,
    promise: { text: '付款后10分钟内自动发货', minutes: 10 },
    key: `${spec.site}|TEMPLATE`,
    site: spec.site,
    platform: 'demo-kameng',
    url: spec.target.url,
    title: '订单详情',
    firstSeenAt: AT,
    lastSeenAt: AT,
    evidenceCount: 0,
    lastChainHash: null,
    deliveredAt: AT,
  };
  const evidence: EvidenceRow = {
    orderKey: order.key,
    seq: 1,
    kind: 'order-page',
    capturedAt: AT,
    url: spec.target.url,
    title: '订单详情',
    mime: 'image/webp',
    size: 0,
    sha256: HEX,
    prevChainHash: HEX,
    chainHash: HEX,
    meta: { reason: 'first-seen', width: 1280, height: 800 },
  };
  const event: EventRow = { orderKey: order.key, at: AT, type: 'status', data: { status: 'delivered' } };
  return {
    order: OrderRow.parse(order),
    evidence: EvidenceRow.parse(evidence),
    event: EventRow.parse(event),
  };
}

const WORKER_JS = String.raw`(() => {
  const req = (r) => new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const hex = async (bytes) =>
    Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
  // A screenshot-like PNG (text lines on white, ~1280×800): what the gallery really loads for the current order.
  const screenshot = async (i) => {
    const c = new OffscreenCanvas(1280, 800);
    const g = c.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, 1280, 800);
    g.fillStyle = '#333';
    g.font = '16px sans-serif';
    for (let y = 30; y < 800; y += 24) g.fillText('订单 ' + i + ' · 第 ' + y + ' 行 · 付款后10分钟内自动发货 ' + Math.random(), 20, y);
    return new Uint8Array(await (await c.convertToBlob({ type: 'image/png' })).arrayBuffer());
  };
  const json = (v) => new TextEncoder().encode(JSON.stringify(v));
  globalThis.__seedCardshield = async (spec, tpl) => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'cardshield')) throw new Error('no cardshield database yet');
    const db = await req(indexedDB.open('cardshield'));
    const day = 86_400_000;
    // Orders spread over spec.shops shops, Zipf-like (shop k gets a share ∝ 1/k); shop 1 is the one under test.
    const weights = Array.from({ length: spec.shops }, (_, k) => 1 / (k + 1));
    const total = weights.reduce((a, b) => a + b, 0);
    const bounds = [];
    weights.reduce((acc, w) => (bounds.push(acc + w / total), acc + w / total), 0);
    const siteOf = (o) => {
      const k = bounds.findIndex((b) => (o + 0.5) / spec.orders < b);
      return k <= 0 ? spec.site : 'shop-' + k + '.example';
    };
    const now = Date.now();
    let blobBytes = 0;
    try {
      for (let o = 0; o < spec.orders; o++) {
        const isTarget = o === 0;
        const orderNo = isTarget ? spec.target.orderNo : 'B' + String(o).padStart(8, '0');
        const site = siteOf(o);
        const key = site + '|' + orderNo;
        const seen = new Date(now - (isTarget ? 0 : (o % 180) * day + o * 1000)).toISOString();
        const evidence = [];
        const blobs = [];
        let prev = '0'.repeat(64);
        for (let s = 1; s <= spec.evidencePerOrder; s++) {
          let bytes, mime = 'image/webp', kind = 'order-page';
          if (isTarget && s === 2) {
            kind = 'chat'; mime = 'application/json';
            bytes = json({ type: 'chat-transcript', messages: [{ author: 'merchant', name: '客服', at: seen, text: '稍等，马上发货' }] });
          } else if (isTarget && s === 1) {
            kind = 'product-page'; mime = 'application/json';
            bytes = json({ type: 'product-page', policy: '虚拟商品一经售出概不退换' });
          } else if (isTarget) {
            mime = 'image/png'; bytes = await screenshot(s);
          } else {
            // Small distinct stand-ins for screenshots of orders not on screen (never decoded by the popup).
            bytes = crypto.getRandomValues(new Uint8Array(2048));
          }
          const sha256 = await hex(bytes);
          const chainHash = await hex(new TextEncoder().encode(prev + sha256));
          blobs.push({ sha256, bytes });
          blobBytes += bytes.byteLength;
          evidence.push({ ...tpl.evidence, orderKey: key, seq: s, kind, mime, size: bytes.byteLength, sha256,
            prevChainHash: prev, chainHash, capturedAt: seen });
          prev = chainHash;
        }
        const order = { ...tpl.order, key, orderNo, site, lastSeenAt: seen, firstSeenAt: seen, paidAt: seen,
          createdAt: seen, deliveredAt: isTarget ? null : seen, evidenceCount: evidence.length, lastChainHash: prev,
          ...(isTarget ? { status: 'awaiting_delivery', statusText: '待发货', cardKeys: [] } : {}) };
        const events = (isTarget ? ['first-seen'] : ['first-seen', 'status', 'keys']).map((type) => ({ ...tpl.event, orderKey: key, at: seen, type }));
        const tx = db.transaction(['orders', 'evidence', 'blobs', 'events'], 'readwrite');
        const done = new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
        tx.objectStore('orders').put(order);
        for (const b of blobs) tx.objectStore('blobs').put(b);
        for (const e of evidence) tx.objectStore('evidence').add(e);
        for (const e of events) tx.objectStore('events').add(e);
        await done;
      }
      const tx = db.transaction(['orders', 'evidence', 'blobs'], 'readonly');
      const count = (s) => req(tx.objectStore(s).count());
      return { orders: await count('orders'), evidence: await count('evidence'), blobs: await count('blobs'), blobBytes };
    } finally {
      db.close();
    }
  };
})()`;

export interface SeedResult {
  orders: number;
  evidence: number;
  blobs: number;
  blobBytes: number;
}

export async function seedDatabase(worker: Worker, spec: SeedSpec): Promise<SeedResult> {
  await worker.evaluate(WORKER_JS);
  return worker.evaluate(
    ([s, t]) =>
      (
        globalThis as unknown as { __seedCardshield: (...a: unknown[]) => Promise<SeedResult> }
      ).__seedCardshield(s, t),
    [spec, templates(spec)] as const,
  );
}
