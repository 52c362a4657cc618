/**
 * The generic adapter: order pages, refund/complaint forms and merchant threads of card shops nobody listed.
 * Each step is a small pure module under ./heuristics (DESIGN.md "The generic adapter"):
 *   scan/query   index the page once — bounded, iterative (hostile pages: 5 MB of text, 10,000-deep DOM)
 *   labels       label text → role through vocab's synonyms; "标签：值" line splitter
 *   pairs/hints  label–value pairs from dt/dd, th/td, label+span, strong+text, colons, readonly inputs, badges
 *   tables       header-mapped list tables: one row, one order
 *   blocks       smallest container with an order number + two roles; regions for keys and notices
 *   values       snapshot fields: paid amount first, status words refined by delivery words and evidence
 *   keys/key-lines/notice   key boxes → key lines; buyer input and placeholders dropped; "not delivered" notices
 *   forms        refund / complaint / ticket forms; threads: repeated name + time + body blocks
 * Confidence stays below 0.9 so a specific adapter always wins.
 */
import type { ChatMessage, OrderSnapshot, PageKind, RefundForm } from '../model/order';
import { findBlocks, pairsIn, type OrderBlock } from './heuristics/blocks';
import { findRefundForm } from './heuristics/forms';
import { extractKeys } from './heuristics/keys';
import { noticeIn } from './heuristics/notice';
import { claimsAuto, orderNoInUrl, ORDER_URL } from './heuristics/site';
import { extractPairs, type Pair } from './heuristics/pairs';
import { indexPage, type Page } from './heuristics/scan';
import { contains, linesIn, scopeOf, type Scope } from './heuristics/query';
import { tableOrders } from './heuristics/tables';
import { findThread } from './heuristics/threads';
import { toSnapshot } from './heuristics/values';
import type { Detection, PlatformAdapter } from './types';

interface Analysis {
  orders: OrderSnapshot[];
  orderScore: number;
  form?: RefundForm;
  formScore: number;
  chat: ChatMessage[];
}

const EMPTY: Analysis = { orders: [], orderScore: 0, formScore: 0, chat: [] };
const within = (page: Page, s: Scope, el: number) => page.start[el]! >= s.from && page.start[el]! <= s.to;

function readOrder(page: Page, pairs: Pair[], b: OrderBlock, siteAuto: boolean) {
  const region = b.regions.flatMap((r) =>
    pairsIn(page, pairs, r.el).filter((p) => within(page, r, p.anchor)),
  );
  const skip = new Set([b.orderNo, ...region.filter((p) => p.role === 'buyerInput').map((p) => p.value)]);
  const found = b.regions.map((r, k) => extractKeys(page, r, k ? [] : b.keyCells, skip));
  const keys = [...new Set(found.flatMap((k) => k.keys))].slice(0, 500);
  const notice =
    found.find((k) => k.notice)?.notice ?? b.regions.map((r) => noticeIn(page, r)).find(Boolean) ?? null;
  if (b.weak && !keys.length && !notice) return undefined;
  const snap = toSnapshot({
    orderNo: b.orderNo,
    siteAuto,
    own: b.pairs,
    region,
    cardKeys: keys,
    keys: keys.length,
    notice,
    regionLines: () => b.regions.flatMap((r) => linesIn(page, r, 400)),
  });
  const roles = new Set(b.pairs.map((p) => p.role)).size;
  const areas = found.some((k) => k.areas > 0);
  const score = b.weak ? 0.5 : Math.min(0.8, 0.55 + (roles >= 4 ? 0.1 : 0) + (areas ? 0.1 : 0));
  return { snap, score };
}

function analyse(doc: Document, url: URL): Analysis {
  const page = indexPage(doc);
  const { rows, extra, covered } = tableOrders(page);
  const pairs = extractPairs(page)
    .filter((p) => !covered.some((r) => contains(page, r, p.anchor)))
    .concat(extra)
    .sort((a, b) => page.start[a.anchor]! - page.start[b.anchor]!);
  const blocks = findBlocks(page, pairs, rows);
  const fromUrl = orderNoInUrl(url);
  if (!blocks.length && fromUrl && page.els.length)
    blocks.push({
      orderNo: fromUrl,
      pairs: [],
      blocks: [0],
      regions: [scopeOf(page, 0)],
      spans: [undefined],
      keyCells: [],
      weak: true,
    });
  const siteAuto = claimsAuto(doc);
  const read = blocks.map((b) => readOrder(page, pairs, b, siteAuto)).filter((o) => o !== undefined);
  const form = findRefundForm(page);
  const thread = findThread(
    page,
    blocks.filter((b) => !b.weak).flatMap((b) => b.blocks),
  );
  return {
    orders: read.map((o) => o.snap).slice(0, 200),
    orderScore:
      Math.max(0, ...read.map((o) => o.score)) + (read.length && ORDER_URL.test(url.href) ? 0.05 : 0),
    form: form?.form,
    formScore: form?.score ?? 0,
    chat: thread?.cue ? thread.messages : [],
  };
}

/**
 * detect() and the extract calls run back to back in analyzePage: keep the analysis for the rest of the
 * current task only (a microtask clears it), so a later call on a changed page never sees stale results.
 */
const recent = new WeakMap<Document, { href: string; analysis: Analysis }>();
function analysisOf(doc: Document, url: URL): Analysis {
  const hit = recent.get(doc);
  if (hit && hit.href === url.href) return hit.analysis;
  let analysis = EMPTY;
  try {
    analysis = analyse(doc, url);
  } catch (err) {
    console.warn('[cardshield] generic heuristic failed', err); // a hostile page must not break the extractor
  }
  recent.set(doc, { href: url.href, analysis });
  queueMicrotask(() => recent.delete(doc));
  return analysis;
}

export const generic: PlatformAdapter = {
  id: 'generic',
  name: '通用识别',
  detect(doc, url): Detection | undefined {
    const a = analysisOf(doc, url);
    const found: [PageKind, number][] = [];
    if (a.orders.length) found.push(['order', a.orderScore]);
    if (a.form) found.push(['refund-form', a.formScore]);
    if (a.chat.length) found.push(['chat', 0.55]);
    if (!found.length) return undefined;
    return {
      kinds: found.map(([k]) => k),
      confidence: Math.min(0.85, Math.max(...found.map(([, c]) => c))),
    };
  },
  extractOrders: (doc, url) => analysisOf(doc, url).orders,
  extractChat: (doc, url) => analysisOf(doc, url).chat,
  refundForm: (doc, url) => analysisOf(doc, url).form,
};

/*
 * Test URLs / fixtures: test/fixtures/generic/*.html (unknown shops), negatives test/fixtures/negative/generic-*.html;
 * accuracy over every fixture in test/unit/platforms/generic-accuracy.test.ts.
 */
