import { z } from 'zod';

export const EvidenceKind = z.enum([
  'order-page',
  'full-page',
  'chat',
  'card-key',
  'failure-prompt',
  /** The product page (promise, after-sales policy) as seen before the order was placed. */
  'product-page',
  /** A refund / complaint / ticket form as the buyer submitted it (fields as JSON, plus a screenshot). */
  'submitted-form',
  'page-archive',
  'extracted-json',
  'note',
]);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** Evidence metadata; the bytes live in the blobs table, addressed by their SHA-256. */
export const EvidenceRow = z.object({
  id: z.number().int().positive().optional(),
  orderKey: z.string(),
  /** Position in the order's hash chain, from 1. */
  seq: z.number().int().positive(),
  kind: EvidenceKind,
  capturedAt: z.iso.datetime({ offset: true }),
  url: z.string(),
  title: z.string(),
  mime: z.string(),
  size: z.number().int().nonnegative(),
  sha256: sha256Hex,
  prevChainHash: z.string(),
  chainHash: sha256Hex,
  meta: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type EvidenceRow = z.infer<typeof EvidenceRow>;

export const BlobRow = z.object({
  sha256: sha256Hex,
  bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'bytes must be a Uint8Array'),
});
export type BlobRow = z.infer<typeof BlobRow>;
