import { sha256Hex } from './hash';
import type { EvidenceRow } from '../model/evidence';
import { cleanupClaims, type RemovedRecord } from './cleanup';

/** The chain starts from this value for every order. */
export const CHAIN_GENESIS = '0'.repeat(64);

type ChainFields = Pick<EvidenceRow, 'prevChainHash' | 'sha256' | 'kind' | 'capturedAt' | 'url'>;

/** chainHash = sha256(prevChainHash + sha256 + kind + capturedAt + url) — see docs/architecture.md. */
export function chainHash(r: ChainFields): Promise<string> {
  return sha256Hex(`${r.prevChainHash}${r.sha256}${r.kind}${r.capturedAt}${r.url}`);
}

export type ChainProblem = {
  seq: number;
  id?: number;
  problem: 'bytes-altered' | 'bytes-missing' | 'chain-broken' | 'out-of-order';
};

/** `removed` (only when some are): records whose bytes a chained clean-up record removed (lib/evidence/cleanup.ts). */
export type ChainVerdict =
  | { ok: true; count: number; removed?: RemovedRecord[] }
  | { ok: false; count: number; first: ChainProblem; removed?: RemovedRecord[] };

/**
 * Verify one order's records (sorted by seq) against their bytes: recompute each file hash and each link.
 * Reports the first broken record. A record without bytes passes only when a later, intact clean-up record
 * names it with the same SHA-256; it is then listed in `removed`.
 */
export async function verifyChain(
  rows: readonly EvidenceRow[],
  bytesOf: (sha256: string) => Promise<Uint8Array | undefined>,
): Promise<ChainVerdict> {
  const claims = await cleanupClaims(rows, (r) => bytesOf(r.sha256));
  const removed: RemovedRecord[] = [];
  const withRemoved = <T extends object>(v: T) => (removed.length ? { ...v, removed } : v);
  let prev = CHAIN_GENESIS;
  for (const [i, row] of rows.entries()) {
    const at = { seq: row.seq, id: row.id };
    const fail = (problem: ChainProblem['problem']): ChainVerdict =>
      withRemoved({ ok: false as const, count: rows.length, first: { ...at, problem } });
    if (row.seq !== i + 1) return fail('out-of-order');
    const bytes = await bytesOf(row.sha256);
    const claim = claims.get(row.seq);
    if (!bytes && claim?.sha256 === row.sha256)
      removed.push({ seq: row.seq, at: claim.at, bySeq: claim.bySeq });
    else if (!bytes) return fail('bytes-missing');
    else if ((await sha256Hex(bytes)) !== row.sha256) return fail('bytes-altered');
    if (row.prevChainHash !== prev || (await chainHash(row)) !== row.chainHash) return fail('chain-broken');
    prev = row.chainHash;
  }
  return withRemoved({ ok: true as const, count: rows.length });
}
