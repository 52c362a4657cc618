import { PageReport } from '../model/order';
import { demoKameng } from './demo-kameng';
import { boundedText, extractContacts, findNoRefundNotices } from './page-signals';
import type { PlatformAdapter } from './types';

/** Specific adapters first; the generic heuristic goes last (a specific adapter always wins where one exists). */
export const adapters: readonly PlatformAdapter[] = [demoKameng];

export function pickAdapter(doc: Document, url: URL, list = adapters) {
  let best: { adapter: PlatformAdapter; kinds: PageReport['kinds']; confidence: number } | undefined;
  for (const adapter of list) {
    const hit = adapter.detect(doc, url);
    if (hit && hit.kinds.length && (!best || hit.confidence > best.confidence)) best = { adapter, ...hit };
  }
  return best;
}

const EMPTY = {
  platform: null,
  kinds: [],
  orders: [],
  chat: [],
  refundForm: null,
  contacts: [],
  noRefundNotices: [],
};

/** Detect and extract one page; the result is validated, so a malformed page yields a warning, not a crash. */
export function analyzePage(doc: Document, url: URL, list = adapters): PageReport {
  const base = { ...EMPTY, url: url.href, title: doc.title.slice(0, 500) };
  const best = pickAdapter(doc, url, list);
  if (!best) return { ...base, warnings: [] };
  const { adapter, kinds } = best;
  const text = boundedText(doc);
  const report = PageReport.safeParse({
    ...base,
    platform: adapter.id,
    kinds,
    orders: kinds.includes('order') ? adapter.extractOrders(doc, url) : [],
    chat: kinds.includes('chat') ? (adapter.extractChat?.(doc, url) ?? []) : [],
    refundForm: kinds.includes('refund-form') ? (adapter.refundForm?.(doc, url) ?? null) : null,
    contacts: extractContacts(doc, text),
    noRefundNotices: findNoRefundNotices(text),
    warnings: [],
  });
  if (report.success) return report.data;
  const where = report.error.issues[0]?.path.join('.') ?? '';
  return { ...base, platform: adapter.id, kinds, warnings: [`页面数据无法识别 (${where})`] };
}
