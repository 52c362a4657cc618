/** What the settings page reads for the clean-up list (metadata only: no bytes are loaded). */
import { z } from 'zod';
import { db, type CardShieldDB } from '../db';
import { EvidenceRow } from '../model/evidence';
import { OrderRow } from '../model/order';
import { cleanupEntries, type CaseInfo, type CleanupEntry } from './cleanup-list';

const CaseDone = z.object({
  orderKey: z.string(),
  state: z
    .object({ doneAt: z.string().nullable().default(null) })
    .nullable()
    .default(null),
});

export async function loadCleanupEntries(database: CardShieldDB = db): Promise<CleanupEntry[]> {
  const [orders, evidence, cases] = await Promise.all([
    database.orders.toArray(),
    database.evidence.toArray(),
    database.cases.toArray().catch(() => []),
  ]);
  const done = new Map<string, CaseInfo>();
  for (const raw of cases) {
    const c = CaseDone.safeParse(raw);
    if (c.success) done.set(c.data.orderKey, { doneAt: c.data.state?.doneAt ?? null });
  }
  return cleanupEntries(z.array(OrderRow).parse(orders), z.array(EvidenceRow).parse(evidence), done);
}

export async function storageCounts(
  database: CardShieldDB = db,
): Promise<{ orders: number; evidence: number }> {
  return { orders: await database.orders.count(), evidence: await database.evidence.count() };
}
