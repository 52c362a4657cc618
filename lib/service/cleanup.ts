/**
 * Clean-up of closed cases (issue #9): frees the bytes of an order's screenshots and archives, never silently.
 * First a chained `note` record names every record whose bytes go (seq, id, SHA-256), and the timeline says so;
 * only then are the bytes deleted — and a blob another record still needs (identical bytes are stored once) is
 * kept. Re-running finishes a clean-up that was interrupted after its record was written.
 */
import { db, type CardShieldDB } from '../db';
import {
  CLEANUP_META,
  cleanupClaims,
  isCleanupNote,
  isRemovable,
  type Claim,
  type CleanupNote,
} from '../evidence/cleanup';
import { verifyChain, type ChainVerdict } from '../evidence/chain';
import type { EvidenceRow } from '../model/evidence';
import { addEvent } from '../store/events';
import { appendEvidence, getBlob, listEvidence } from '../store/evidence';
import { getOrder } from '../store/orders';

export interface CleanupResult {
  orderKey: string;
  orderNo: string;
  /** Records named by the new clean-up record (0: nothing left to remove). */
  removed: number;
  /** Their stored size. */
  bytes: number;
  /** Seq of the clean-up record, null when none was needed. */
  noteSeq: number | null;
  /** The chain verified right after the clean-up. */
  verdict: ChainVerdict;
}

type Claims = Map<number, Claim>;

async function claimsOf(key: string, database: CardShieldDB): Promise<[EvidenceRow[], Claims]> {
  const rows = await listEvidence(key, database);
  return [rows, await cleanupClaims(rows, (r) => getBlob(r.sha256, database))];
}

export async function cleanupOrder(
  key: string,
  opts: { now?: Date; reason?: string; database?: CardShieldDB } = {},
): Promise<CleanupResult | undefined> {
  const database = opts.database ?? db;
  const order = await getOrder(key, database);
  if (!order) return undefined;
  const at = (opts.now ?? new Date()).toISOString();
  const [rows, declared] = await claimsOf(key, database);
  const remove = rows.filter((r) => isRemovable(r) && !isCleanupNote(r) && !declared.has(r.seq));
  let noteSeq: number | null = null;
  if (remove.length) {
    const note: CleanupNote = {
      type: 'cleanup',
      at,
      reason: opts.reason ?? 'selected',
      removed: remove.map((r) => ({
        seq: r.seq,
        id: r.id ?? null,
        sha256: r.sha256,
        kind: r.kind,
        capturedAt: r.capturedAt,
        size: r.size,
      })),
    };
    const bytes = remove.reduce((n, r) => n + r.size, 0);
    const row = await appendEvidence(
      key,
      {
        kind: 'note',
        capturedAt: at,
        url: order.url,
        title: order.title,
        mime: 'application/json',
        bytes: new TextEncoder().encode(JSON.stringify(note, null, 2)),
        meta: {
          [CLEANUP_META]: true,
          reason: note.reason,
          removed: remove.length,
          bytes,
          removedSeqs: remove.map((r) => r.seq).join(','),
        },
      },
      database,
    );
    noteSeq = row.seq;
    await addEvent(
      {
        orderKey: key,
        at,
        type: 'note',
        data: { cleanup: true, removed: remove.length, bytes, seq: row.seq },
      },
      database,
    );
  }
  // Everything this order's clean-up records name (now and before) may lose its bytes.
  const [, claims] = await claimsOf(key, database);
  await deleteUnneeded(
    rows.filter((r) => claims.has(r.seq)),
    database,
  );
  const verdict = await verifyChain(await listEvidence(key, database), (s) => getBlob(s, database));
  const bytes = remove.reduce((n, r) => n + r.size, 0);
  return { orderKey: key, orderNo: order.orderNo, removed: remove.length, bytes, noteSeq, verdict };
}

/** Deletes the blobs of `gone` that no record outside a clean-up still points at. */
async function deleteUnneeded(gone: EvidenceRow[], database: CardShieldDB): Promise<void> {
  const shas = new Set(gone.map((r) => r.sha256));
  if (!shas.size) return;
  const others = await database.evidence.filter((r) => shas.has(r.sha256)).toArray();
  const removedIds = new Set<string>();
  for (const key of new Set(others.map((r) => r.orderKey))) {
    const [, claims] = await claimsOf(key, database);
    for (const seq of claims.keys()) removedIds.add(`${key}|${seq}`);
  }
  await database.transaction('rw', database.evidence, database.blobs, async () => {
    const refs = await database.evidence.filter((r) => shas.has(r.sha256)).toArray();
    const needed = new Set(
      refs.filter((r) => !removedIds.has(`${r.orderKey}|${r.seq}`)).map((r) => r.sha256),
    );
    await database.blobs.bulkDelete([...shas].filter((s) => !needed.has(s)));
  });
}

export async function cleanupOrders(
  keys: readonly string[],
  opts: { now?: Date; reason?: string; database?: CardShieldDB } = {},
): Promise<CleanupResult[]> {
  const out: CleanupResult[] = [];
  for (const key of new Set(keys)) {
    const r = await cleanupOrder(key, opts);
    if (r) out.push(r);
  }
  return out;
}
