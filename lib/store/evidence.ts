import { z } from 'zod';
import { db, isQuotaError, StorageFullError, type CardShieldDB } from '../db';
import { CHAIN_GENESIS, chainHash } from '../evidence/chain';
import { sha256Hex } from '../evidence/hash';
import { BlobRow, EvidenceRow, type EvidenceKind } from '../model/evidence';

export interface NewEvidence {
  kind: EvidenceKind;
  capturedAt: string;
  url: string;
  title: string;
  mime: string;
  bytes: Uint8Array;
  meta?: EvidenceRow['meta'];
}

/**
 * Append one record to the order's hash chain. Hashing happens outside the transaction (WebCrypto is not
 * IndexedDB work); the transaction re-checks the chain head and retries if another append won the race.
 */
export async function appendEvidence(
  key: string,
  ev: NewEvidence,
  database: CardShieldDB = db,
): Promise<EvidenceRow> {
  const sha256 = await sha256Hex(ev.bytes);
  for (let attempt = 0; attempt < 5; attempt++) {
    const order = await database.orders.get(key);
    if (!order) throw new Error(`Unknown order ${key}`);
    const prevChainHash = order.lastChainHash ?? CHAIN_GENESIS;
    const base = {
      orderKey: key,
      seq: order.evidenceCount + 1,
      sha256,
      prevChainHash,
      size: ev.bytes.byteLength,
    };
    const row = EvidenceRow.parse({
      ...base,
      kind: ev.kind,
      capturedAt: ev.capturedAt,
      url: ev.url,
      title: ev.title,
      mime: ev.mime,
      meta: ev.meta ?? {},
      chainHash: await chainHash({ ...base, kind: ev.kind, capturedAt: ev.capturedAt, url: ev.url }),
    });
    const stored = await database
      .transaction('rw', database.orders, database.evidence, database.blobs, async () => {
        const head = await database.orders.get(key);
        if (!head || (head.lastChainHash ?? CHAIN_GENESIS) !== prevChainHash) return undefined;
        if (!(await database.blobs.get(sha256))) await database.blobs.add({ sha256, bytes: ev.bytes });
        const id = await database.evidence.add(row);
        await database.orders.update(key, { evidenceCount: row.seq, lastChainHash: row.chainHash });
        return { ...row, id };
      })
      .catch((err: unknown) => {
        throw isQuotaError(err) ? new StorageFullError() : err;
      });
    if (stored) return stored;
  }
  throw new Error(`Evidence chain for ${key} kept changing; not stored`);
}

const EvidenceRows = z.array(EvidenceRow);

export async function listEvidence(key: string, database: CardShieldDB = db): Promise<EvidenceRow[]> {
  return EvidenceRows.parse(await database.evidence.where('orderKey').equals(key).sortBy('seq'));
}

export async function lastEvidence(
  key: string,
  database: CardShieldDB = db,
): Promise<EvidenceRow | undefined> {
  const order = await database.orders.get(key);
  if (!order?.evidenceCount) return undefined;
  const row = await database.evidence.where('[orderKey+seq]').equals([key, order.evidenceCount]).first();
  return row ? EvidenceRow.parse(row) : undefined;
}

/** Bytes read back are re-hashed by callers that verify (lib/evidence/chain.ts). */
export async function getBlob(sha256: string, database: CardShieldDB = db): Promise<Uint8Array | undefined> {
  const row = await database.blobs.get(sha256);
  return row ? BlobRow.parse(row).bytes : undefined;
}

/** Several blobs in one transaction, in the order asked (undefined where missing). */
export async function getBlobs(
  shas: readonly string[],
  database: CardShieldDB = db,
): Promise<(Uint8Array | undefined)[]> {
  const rows = await database.blobs.bulkGet([...shas]);
  return rows.map((row) => (row ? BlobRow.parse(row).bytes : undefined));
}

/** The order's newest record matching `test` (chat transcripts are compared with the last one). */
export async function lastEvidenceWhere(
  key: string,
  test: (row: EvidenceRow) => boolean,
  database: CardShieldDB = db,
) {
  const rows = await database.evidence.where('orderKey').equals(key).filter(test).sortBy('seq');
  const row = rows.at(-1);
  return row ? EvidenceRow.parse(row) : undefined;
}
