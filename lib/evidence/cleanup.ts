/**
 * Clean-up records (issue #9): when the buyer frees space, the bytes of some records go away, but the chain
 * keeps every record and gains one more — a `note` whose JSON names each removed record (seq, id, SHA-256).
 * Verification then accepts exactly those records without bytes ("removed by clean-up at T") and still fails on
 * any other missing byte. The claim is read from the note's bytes, which its SHA-256 and the chain protect; the
 * note's `meta` (not hashed) is only a hint for finding it and for the UI.
 */
import { z } from 'zod';
import { sha256Hex } from './hash';

const sha = z.string().regex(/^[0-9a-f]{64}$/);

export const RemovedEntry = z.object({
  seq: z.number().int().positive(),
  id: z.number().int().positive().nullable(),
  sha256: sha,
  kind: z.string().max(40),
  capturedAt: z.string().max(40),
  size: z.number().int().nonnegative(),
});
export type RemovedEntry = z.infer<typeof RemovedEntry>;

export const CleanupNote = z.object({
  type: z.literal('cleanup'),
  at: z.iso.datetime({ offset: true }),
  /** Why: the buyer chose these records, or closed cases older than N days. */
  reason: z.string().max(200),
  removed: z.array(RemovedEntry).min(1).max(100_000),
});
export type CleanupNote = z.infer<typeof CleanupNote>;

/** The note's meta: `cleanup: true` marks it; `removedSeqs` lists the seqs for display ("1,3,4"). */
export const CLEANUP_META = 'cleanup';

export interface RemovedRecord {
  seq: number;
  /** When the clean-up ran. */
  at: string;
  /** The seq of the clean-up record that names it. */
  bySeq: number;
}

export interface Claim {
  sha256: string;
  at: string;
  bySeq: number;
}

interface NoteLike {
  seq: number;
  kind: string;
  sha256: string;
  mime: string;
  meta: Record<string, unknown>;
}

export const isCleanupNote = (r: NoteLike) =>
  r.kind === 'note' && r.mime === 'application/json' && r.meta[CLEANUP_META] === true;

/**
 * What the chain's clean-up records say was removed, by seq. Only notes whose bytes are present and match their
 * SHA-256 count, and a note can only name records before itself.
 */
export async function cleanupClaims<R extends NoteLike>(
  rows: readonly R[],
  bytesOf: (row: R) => Promise<Uint8Array | undefined> | Uint8Array | undefined,
): Promise<Map<number, Claim>> {
  const claims = new Map<number, Claim>();
  for (const row of rows) {
    if (!isCleanupNote(row)) continue;
    const bytes = await bytesOf(row);
    if (!bytes || (await sha256Hex(bytes)) !== row.sha256) continue;
    const note = parseNote(bytes);
    if (!note) continue;
    for (const r of note.removed)
      if (r.seq < row.seq && !claims.has(r.seq))
        claims.set(r.seq, { sha256: r.sha256, at: note.at, bySeq: row.seq });
  }
  return claims;
}

export function parseNote(bytes: Uint8Array): CleanupNote | undefined {
  try {
    const parsed = CleanupNote.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The records whose bytes a clean-up may remove: screenshots and archives; JSON (transcripts, forms, notes) stays. */
export const isRemovable = (r: { mime: string }) => r.mime !== 'application/json';
