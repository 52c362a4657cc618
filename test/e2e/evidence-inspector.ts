// Reads (and, for tamper tests, damages) CardShield's evidence store from an extension page with raw
// IndexedDB, and decodes stored screenshots there (createImageBitmap + canvas). Shared by the e2e specs and
// `npm run bench`. The page-side code is a plain JS string: functions serialised from tsx-run code would
// carry esbuild's __name helper, which does not exist in the page.
import type { BrowserContext, Page } from '@playwright/test';
import { extensionWorker } from './browser';

/** One row of the `evidence` table (lib/model/evidence.ts), as stored. */
export interface StoredEvidence {
  id: number;
  orderKey: string;
  seq: number;
  kind: string;
  capturedAt: string;
  url: string;
  title: string;
  mime: string;
  size: number;
  sha256: string;
  prevChainHash: string;
  chainHash: string;
  meta: Record<string, string | number | boolean | null>;
}

export interface StoredOrder {
  key: string;
  orderNo: string;
  status: string;
  cardKeys: string[];
  evidenceCount: number;
  lastChainHash: string | null;
  lastSeenAt: string;
}

export interface BlobCheck {
  /** Bytes stored under that hash, or -1 when the blob is missing. */
  size: number;
  /** SHA-256 recomputed from the stored bytes ('' when missing). */
  actualSha256: string;
}

export interface Run {
  start: number;
  length: number;
}

/** `${host}|${orderNo}` (lib/model/order.ts orderKey) for a demo order. */
export function orderKeyOf(demoUrl: string, orderNo: string): string {
  return `${new URL(demoUrl).host}|${orderNo}`;
}

const PAGE_JS = String.raw`(() => {
  if (globalThis.__cs) return;
  const req = (r) => new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const openDb = async () => {
    // Never create the database: an empty version-1 database would break Dexie's own schema upgrade.
    const known = await indexedDB.databases();
    if (!known.some((d) => d.name === 'cardshield')) return undefined;
    return req(indexedDB.open('cardshield'));
  };
  const inTx = async (stores, mode, fn) => {
    const db = await openDb();
    if (!db) return undefined;
    try {
      const tx = db.transaction(stores, mode);
      const done = new Promise((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error || new Error('transaction aborted'));
      });
      const out = await fn(tx);
      await done;
      return out;
    } finally {
      db.close();
    }
  };
  const hex = async (bytes) => {
    const d = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    return Array.from(d, (b) => b.toString(16).padStart(2, '0')).join('');
  };
  const bytesOf = async (sha) => {
    const row = await inTx(['blobs'], 'readonly', (tx) => req(tx.objectStore('blobs').get(sha)));
    return row ? row.bytes : undefined;
  };
  const bitmapOf = async (sha, mime) => {
    const bytes = await bytesOf(sha);
    if (!bytes) throw new Error('no blob ' + sha);
    return createImageBitmap(new Blob([bytes], { type: mime }));
  };
  const pixelsOf = async (sha, mime, sx, sy, sw, sh) => {
    const bmp = await bitmapOf(sha, mime);
    const canvas = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    ctx.drawImage(bmp, 0, 0);
    const w = sw < 0 ? bmp.width - sx : sw;
    const h = sh < 0 ? bmp.height - sy : sh;
    const data = ctx.getImageData(sx, sy, w, h).data;
    bmp.close();
    return { data, w, h, canvas };
  };
  const close = (data, i, rgb, tol) =>
    Math.abs(data[i] - rgb[0]) <= tol && Math.abs(data[i + 1] - rgb[1]) <= tol && Math.abs(data[i + 2] - rgb[2]) <= tol;
  const evidenceRows = (tx, orderKey) =>
    orderKey === null
      ? req(tx.objectStore('evidence').getAll())
      : req(tx.objectStore('evidence').index('orderKey').getAll(orderKey));
  globalThis.__cs = {
    async rows(orderKey) {
      const rows = (await inTx(['evidence'], 'readonly', (tx) => evidenceRows(tx, orderKey))) || [];
      return rows.sort((a, b) => (a.orderKey < b.orderKey ? -1 : a.orderKey > b.orderKey ? 1 : a.seq - b.seq));
    },
    async order(key) {
      return (await inTx(['orders'], 'readonly', (tx) => req(tx.objectStore('orders').get(key)))) || null;
    },
    async orders() {
      return (await inTx(['orders'], 'readonly', (tx) => req(tx.objectStore('orders').getAll()))) || [];
    },
    async blob(sha) {
      const bytes = await bytesOf(sha);
      return bytes ? { size: bytes.byteLength, actualSha256: await hex(bytes) } : { size: -1, actualSha256: '' };
    },
    async text(sha) {
      const bytes = await bytesOf(sha);
      return bytes ? new TextDecoder().decode(bytes) : null;
    },
    async image(sha, mime) {
      const bmp = await bitmapOf(sha, mime);
      const out = { width: bmp.width, height: bmp.height };
      bmp.close();
      return out;
    },
    /** Runs of rows whose pixel in column x is within tol of rgb. */
    async columnRuns(sha, mime, x, rgb, tol) {
      const { data, h } = await pixelsOf(sha, mime, x, 0, 1, -1);
      const runs = [];
      for (let y = 0; y < h; y++) {
        if (!close(data, y * 4, rgb, tol)) continue;
        const last = runs[runs.length - 1];
        if (last && last.start + last.length === y) last.length++;
        else runs.push({ start: y, length: 1 });
      }
      return runs;
    },
    async pixel(sha, mime, x, y) {
      const { data } = await pixelsOf(sha, mime, x, y, 1, 1);
      return [data[0], data[1], data[2], data[3]];
    },
    /** Sizes of the same pixels encoded by this browser as PNG and as lossless WebP (quality 1). */
    async encodedSizes(sha, mime) {
      const bmp = await bitmapOf(sha, mime);
      const canvas = new OffscreenCanvas(bmp.width, bmp.height);
      canvas.getContext('2d').drawImage(bmp, 0, 0);
      bmp.close();
      const png = await canvas.convertToBlob({ type: 'image/png' });
      const webp = await canvas.convertToBlob({ type: 'image/webp', quality: 1 });
      return { png: png.size, webpLossless: webp.type === 'image/webp' ? webp.size : -1 };
    },
    /** Polls every intervalMs until the order has >= count records of kind; Date.now() then, or -1. */
    async waitFor(orderKey, kind, count, timeoutMs, intervalMs) {
      const end = Date.now() + timeoutMs;
      let db;
      try {
        for (;;) {
          db = db || (await openDb());
          if (db) {
            db.onversionchange = () => db.close();
            const rows = await req(db.transaction(['evidence'], 'readonly').objectStore('evidence').index('orderKey').getAll(orderKey));
            if (rows.filter((r) => r.kind === kind).length >= count) return Date.now();
          }
          if (Date.now() > end) return -1;
          await new Promise((r) => setTimeout(r, intervalMs));
        }
      } finally {
        if (db) db.close();
      }
    },
    /**
     * What the popup's buttons do: a capture-now message to the background. Returns the reply, its duration
     * and, for a full page, when the last shot was reported (progress done === total), all from the send.
     */
    async capture(tabId, mode) {
      const key = 'progress:' + tabId;
      const t0 = performance.now();
      let shotsMs = -1;
      const onChanged = (changes, area) => {
        const p = changes[key] && changes[key].newValue;
        if (area === 'session' && p && p.done === p.total) shotsMs = performance.now() - t0;
      };
      chrome.storage.onChanged.addListener(onChanged);
      try {
        const reply = await chrome.runtime.sendMessage({ type: 'capture-now', tabId, mode });
        return { reply, ms: performance.now() - t0, shotsMs };
      } finally {
        chrome.storage.onChanged.removeListener(onChanged);
      }
    },
    async flipByte(sha, index) {
      await inTx(['blobs'], 'readwrite', async (tx) => {
        const store = tx.objectStore('blobs');
        const row = await req(store.get(sha));
        const bytes = new Uint8Array(row.bytes);
        bytes[index] ^= 0xff;
        await req(store.put({ sha256: sha, bytes }));
      });
    },
    async deleteRecord(id) {
      await inTx(['evidence'], 'readwrite', (tx) => req(tx.objectStore('evidence').delete(id)));
    },
    /** Swap the positions (seq) of two records of one order, as a reordering attacker would. */
    async swapSeq(orderKey, seqA, seqB) {
      await inTx(['evidence'], 'readwrite', async (tx) => {
        const store = tx.objectStore('evidence');
        const rows = await req(store.index('orderKey').getAll(orderKey));
        const a = rows.find((r) => r.seq === seqA);
        const b = rows.find((r) => r.seq === seqB);
        await req(store.put({ ...a, seq: 1e9 }));
        await req(store.put({ ...b, seq: seqA }));
        await req(store.put({ ...a, seq: seqB }));
      });
    },
    async tabIdOf(url) {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      return tab ? tab.id : -1;
    },
    async openWindow(url, width, height) {
      const win = await chrome.windows.create({ url, type: 'popup', width, height });
      return win.id;
    },
  };
})()`;

/**
 * An extension page in a window of its own (so the shop tab stays the active, capturable tab of its
 * window) that answers questions about the evidence store. It does not depend on the service worker, so
 * it keeps working while the worker is stopped.
 */
export class EvidenceInspector {
  private constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {}

  static async open(context: BrowserContext, extensionId: string): Promise<EvidenceInspector> {
    // The viewer page with no record: harmless, and its Dexie opens (creates) the store with the real schema.
    const url = `chrome-extension://${extensionId}/viewer.html?id=0`;
    const opened = context.waitForEvent('page', (p) => p.url() === url);
    const worker = await extensionWorker(context, extensionId);
    await worker.evaluate(
      (u) => chrome.windows.create({ url: u, type: 'popup', width: 480, height: 360, focused: false }),
      url,
    );
    const page = await opened;
    await page.waitForLoadState('domcontentloaded');
    await page.evaluate(PAGE_JS);
    return new EvidenceInspector(page, extensionId);
  }

  private call<T>(fn: string, ...args: unknown[]): Promise<T> {
    const list = args.map((a) => JSON.stringify(a)).join(', ');
    return this.page.evaluate(`globalThis.__cs.${fn}(${list})`) as Promise<T>;
  }

  /** Evidence of one order in chain order, or of every order (null). */
  rows(orderKey: string | null): Promise<StoredEvidence[]> {
    return this.call('rows', orderKey);
  }

  async rowsOfKind(orderKey: string, kind: string): Promise<StoredEvidence[]> {
    return (await this.rows(orderKey)).filter((r) => r.kind === kind);
  }

  order(key: string): Promise<StoredOrder | null> {
    return this.call('order', key);
  }

  orders(): Promise<StoredOrder[]> {
    return this.call('orders');
  }

  blob(sha256: string): Promise<BlobCheck> {
    return this.call('blob', sha256);
  }

  text(sha256: string): Promise<string | null> {
    return this.call('text', sha256);
  }

  image(row: Pick<StoredEvidence, 'sha256' | 'mime'>): Promise<{ width: number; height: number }> {
    return this.call('image', row.sha256, row.mime);
  }

  columnRuns(
    row: Pick<StoredEvidence, 'sha256' | 'mime'>,
    x: number,
    rgb: [number, number, number],
    tolerance = 2,
  ): Promise<Run[]> {
    return this.call('columnRuns', row.sha256, row.mime, x, rgb, tolerance);
  }

  pixel(row: Pick<StoredEvidence, 'sha256' | 'mime'>, x: number, y: number): Promise<number[]> {
    return this.call('pixel', row.sha256, row.mime, x, y);
  }

  /** The stored image's pixels re-encoded here as PNG and as lossless WebP (what the offscreen encoder weighs). */
  encodedSizes(row: Pick<StoredEvidence, 'sha256' | 'mime'>): Promise<{ png: number; webpLossless: number }> {
    return this.call('encodedSizes', row.sha256, row.mime);
  }

  /** Wait in the page (fine-grained polling, no round trips); returns the page's Date.now() then, or -1. */
  waitFor(orderKey: string, kind: string, count = 1, timeoutMs = 15_000, intervalMs = 10): Promise<number> {
    return this.call('waitFor', orderKey, kind, count, timeoutMs, intervalMs);
  }

  /** Send what the popup's 立即取证 / 整页取证 send; the background's reply and how long it took. */
  capture(
    tabId: number,
    mode: 'viewport' | 'full-page',
  ): Promise<{ reply: { ok: boolean; detail?: string; error?: string }; ms: number; shotsMs: number }> {
    return this.call('capture', tabId, mode);
  }

  flipByte(sha256: string, index: number): Promise<void> {
    return this.call('flipByte', sha256, index);
  }

  deleteRecord(id: number): Promise<void> {
    return this.call('deleteRecord', id);
  }

  swapSeq(orderKey: string, seqA: number, seqB: number): Promise<void> {
    return this.call('swapSeq', orderKey, seqA, seqB);
  }

  /** chrome.tabs id of the tab showing `url` (-1 when none). */
  tabIdOf(url: string): Promise<number> {
    return this.call('tabIdOf', url);
  }

  /** Open an extension URL in a popup window of its own, from this page (works while the worker is stopped). */
  async openWindow(url: string, width: number, height: number): Promise<Page> {
    const opened = this.page.context().waitForEvent('page', (p) => p.url() === url);
    await this.call('openWindow', url, width, height);
    return opened;
  }
}

/** Parse '#rrggbb'. */
export function rgbOf(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
