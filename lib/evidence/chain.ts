import { sha256Hex } from './hash';
import type { EvidenceRow } from '../model/evidence';

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

export type ChainVerdict = { ok: true; count: number } | { ok: false; count: number; first: ChainProblem };

/**
 * Verify one order's records (sorted by seq) against their bytes: recompute each file hash and each link.
 * Reports the first broken record.
 */
export async function verifyChain(
  rows: readonly EvidenceRow[],
  bytesOf: (sha256: string) => Promise<Uint8Array | undefined>,
): Promise<ChainVerdict> {
  let prev = CHAIN_GENESIS;
  for (const [i, row] of rows.entries()) {
    const at = { seq: row.seq, id: row.id };
    if (row.seq !== i + 1)
      return { ok: false, count: rows.length, first: { ...at, problem: 'out-of-order' } };
    const bytes = await bytesOf(row.sha256);
    if (!bytes) return { ok: false, count: rows.length, first: { ...at, problem: 'bytes-missing' } };
    if ((await sha256Hex(bytes)) !== row.sha256)
      return { ok: false, count: rows.length, first: { ...at, problem: 'bytes-altered' } };
    if (row.prevChainHash !== prev || (await chainHash(row)) !== row.chainHash)
      return { ok: false, count: rows.length, first: { ...at, problem: 'chain-broken' } };
    prev = row.chainHash;
  }
  return { ok: true, count: rows.length };
}
