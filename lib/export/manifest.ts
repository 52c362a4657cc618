/**
 * The evidence package's manifest.json (versioned): every file with its SHA-256, each evidence record with
 * its hash-chain fields, the order facts, the timeline and the verdict with its basis. Validated with zod on
 * import; unknown keys are kept out of the parsed value but stay inside the digest (see manifestDigest).
 */
import { z } from 'zod';
import { CHAIN_GENESIS } from '../evidence/chain';
import { sha256Hex } from '../evidence/hash';
import { EventType } from '../model/event';
import { EvidenceKind } from '../model/evidence';
import { OrderRow } from '../model/order';

export const MANIFEST_FORMAT = 'cardshield-evidence-package';
export const MANIFEST_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';
export const CHAIN_FORMULA = 'sha256(prevChainHash + sha256 + kind + capturedAt + url)';

const sha = z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 hex digest');
const isoTime = z.iso.datetime({ offset: true });
/** Package paths: relative, no `..`, no backslashes, no absolute or drive paths (a zip-slip guard). */
const PackagePath = z
  .string()
  .min(1)
  .max(300)
  .refine(
    (p) => !p.startsWith('/') && !p.includes('\\') && !p.split('/').includes('..') && !/^[a-z]:/i.test(p),
    {
      message: 'unsafe path',
    },
  );
const meta = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

export const ManifestEvidence = z.object({
  path: PackagePath,
  seq: z.number().int().positive(),
  kind: EvidenceKind,
  capturedAt: isoTime,
  url: z.string(),
  title: z.string(),
  mime: z.string(),
  size: z.number().int().nonnegative(),
  sha256: sha,
  prevChainHash: z.string(),
  chainHash: sha,
  meta,
});
export type ManifestEvidence = z.infer<typeof ManifestEvidence>;

export const DocumentRole = z.enum(['report', 'platform-letter', 'complaint-letter']);
export type DocumentRole = z.infer<typeof DocumentRole>;

export const ManifestDocument = z.object({
  path: PackagePath,
  role: DocumentRole,
  mime: z.string(),
  size: z.number().int().nonnegative(),
  sha256: sha,
});
export type ManifestDocument = z.infer<typeof ManifestDocument>;

const Citation = z.object({ ref: z.string(), zh: z.string(), en: z.string() });

export const ManifestVerdict = z.object({
  assessedAt: isoTime,
  verdict: z.enum(['ELIGIBLE', 'CONSENT', 'UNLIKELY', 'UNKNOWN']),
  decisive: z.string().nullable(),
  /** The decisive rule's reason and legal basis (empty when no rule decided). */
  reasonZh: z.string().nullable(),
  basis: z.array(Citation),
  fired: z.array(z.object({ id: z.string(), reasonZh: z.string(), basis: z.array(Citation) })),
  nextStep: z.object({ id: z.string(), nameZh: z.string(), deadline: isoTime.nullable() }),
  evidence: z.array(z.object({ code: z.string(), labelZh: z.string(), present: z.boolean() })),
});
export type ManifestVerdict = z.infer<typeof ManifestVerdict>;

export const ManifestDeadline = z.object({
  promiseMinutes: z.number().nonnegative(),
  promiseSource: z.string(),
  promiseText: z.string().nullable(),
  dueAt: isoTime.nullable(),
  breachedAt: isoTime.nullable(),
});
export type ManifestDeadline = z.infer<typeof ManifestDeadline>;

export const Manifest = z.object({
  format: z.literal(MANIFEST_FORMAT),
  version: z.literal(MANIFEST_VERSION),
  createdAt: isoTime,
  generator: z.object({ name: z.string(), version: z.string() }),
  order: OrderRow,
  deadline: ManifestDeadline.nullable(),
  timeline: z.array(z.object({ at: isoTime, type: EventType, data: meta })),
  verdict: ManifestVerdict.nullable(),
  chain: z.object({
    formula: z.literal(CHAIN_FORMULA),
    genesis: z.literal(CHAIN_GENESIS),
    count: z.number().int().nonnegative(),
    /** chainHash of the last record (= the order's lastChainHash when exported). */
    head: z.string(),
  }),
  evidence: z.array(ManifestEvidence),
  documents: z.array(ManifestDocument),
  /** SHA-256 of this manifest's JSON without this field (catches edits to facts no file hash covers). */
  manifestSha256: sha,
});
export type Manifest = z.infer<typeof Manifest>;
export type ManifestBody = Omit<Manifest, 'manifestSha256'>;

/**
 * The digest of a manifest object as written: JSON.stringify of everything but `manifestSha256`, keys in
 * their written order (JSON.parse keeps it). Computed over the raw parsed JSON on import, never the zod output.
 */
export function manifestDigest(raw: Record<string, unknown>): Promise<string> {
  const { manifestSha256: _omit, ...body } = raw;
  return sha256Hex(JSON.stringify(body));
}

export async function sealManifest(body: ManifestBody): Promise<Manifest> {
  return { ...body, manifestSha256: await manifestDigest(body as unknown as Record<string, unknown>) };
}

/** The manifest as written to the package: two-space JSON, UTF-8. */
export function manifestBytes(m: Manifest): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(m, null, 2)}\n`);
}
