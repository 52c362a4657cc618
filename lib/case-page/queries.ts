/**
 * Reads for the case page and the popup's merchant notice (extension pages read IndexedDB directly; writes go
 * through the background). Rows are validated; evidence bytes are never loaded for lists, only index keys.
 */
import { z } from 'zod';
import { db, type CardShieldDB } from '../db';
import { EvidenceKind } from '../model/evidence';
import { OrderRow } from '../model/order';
import { CaseRow } from '../store/cases';
import { listEvents } from '../store/events';
import { getBlob, listEvidence } from '../store/evidence';
import { loadCaseData } from '../service/case-data';
import type { CaseData } from '../service/case-view';
import type { LightRecords } from './verdict';

/** Rows that no longer validate are left out of lists (the order's own view reports them). */
function parseRows<T>(schema: z.ZodType<T>, rows: unknown[]): T[] {
  return rows.flatMap((r) => {
    const p = schema.safeParse(r);
    return p.success ? [p.data] : [];
  });
}

/** Every order, most recently seen first. */
export async function listAllOrders(database: CardShieldDB = db): Promise<OrderRow[]> {
  return parseRows(OrderRow, await database.orders.orderBy('lastSeenAt').reverse().toArray());
}

export async function listCases(database: CardShieldDB = db): Promise<Map<string, CaseRow>> {
  const rows = parseRows(CaseRow, await database.cases.toArray());
  return new Map(rows.map((r) => [r.orderKey, r]));
}

/** One shop's orders (site index) and their case records. */
export async function siteRecords(
  site: string,
  database: CardShieldDB = db,
): Promise<{ orders: OrderRow[]; cases: Map<string, CaseRow> }> {
  const orders = parseRows(OrderRow, await database.orders.where('site').equals(site).toArray());
  const rows = await database.cases.bulkGet(orders.map((o) => o.key));
  const cases = parseRows(
    CaseRow,
    rows.filter((r) => r !== undefined),
  );
  return { orders, cases: new Map(cases.map((r) => [r.orderKey, r])) };
}

const Kind = EvidenceKind.catch('note');
const ProductPage = z.object({ type: z.literal('product-page'), policy: z.string().max(2000).nullable() });

/** Evidence kinds per order from two index scans (orderKey, kind): no record values, no bytes. */
async function kindsByOrder(database: CardShieldDB): Promise<Map<string, Set<EvidenceKind>>> {
  const byOrder = database.evidence.orderBy('orderKey');
  const byKind = database.evidence.orderBy('kind');
  const [orderKeys, orderIds, kinds, kindIds] = await Promise.all([
    byOrder.keys(),
    byOrder.primaryKeys(),
    byKind.keys(),
    byKind.primaryKeys(),
  ]);
  const kindOf = new Map(kindIds.map((id, i) => [id, Kind.parse(kinds[i])]));
  const out = new Map<string, Set<EvidenceKind>>();
  orderIds.forEach((id, i) => {
    const key = String(orderKeys[i]);
    const kind = kindOf.get(id);
    if (!kind) return;
    if (!out.has(key)) out.set(key, new Set());
    out.get(key)!.add(kind);
  });
  return out;
}

/** After-sales policies of the product pages seen before buying (few records: their JSON is read). */
async function policiesByOrder(database: CardShieldDB): Promise<Map<string, string[]>> {
  const rows = await database.evidence.where('kind').equals('product-page').toArray();
  const out = new Map<string, string[]>();
  for (const row of rows) {
    if (row.mime !== 'application/json') continue;
    const bytes = await getBlob(row.sha256, database);
    let parsed;
    try {
      parsed = ProductPage.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    } catch {
      continue;
    }
    if (parsed.success && parsed.data.policy)
      out.set(row.orderKey, [...(out.get(row.orderKey) ?? []), parsed.data.policy]);
  }
  return out;
}

/** What lightVerdict needs for every order, read in one go. */
export async function lightRecords(
  orders: readonly OrderRow[],
  database: CardShieldDB = db,
): Promise<Map<string, LightRecords>> {
  const [kinds, cases, policies] = await Promise.all([
    kindsByOrder(database),
    listCases(database),
    policiesByOrder(database),
  ]);
  const out = new Map<string, LightRecords>();
  for (const o of orders) {
    out.set(o.key, {
      kinds: [...(kinds.get(o.key) ?? [])],
      row: cases.get(o.key),
      policies: policies.get(o.key) ?? [],
      events: o.status === 'refunding' ? await listEvents(o.key, database) : [],
    });
  }
  return out;
}

/**
 * The selected order's records for its timeline (lib/service/case-data, as the popup's case view). A case record
 * that no longer validates does not hide the rest: the timeline is drawn without it and the error is returned.
 */
export async function timelineRecords(
  key: string,
  database: CardShieldDB = db,
): Promise<{ data: CaseData; error?: string }> {
  try {
    return { data: await loadCaseData(key, database) };
  } catch (err) {
    const [evidence, events] = await Promise.all([listEvidence(key, database), listEvents(key, database)]);
    const data: CaseData = { evidence, events, chat: [], policies: [], row: undefined };
    return { data, error: err instanceof Error ? err.message : String(err) };
  }
}
