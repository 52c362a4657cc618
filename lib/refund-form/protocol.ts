/**
 * Background → filler content script messages (chrome.tabs.sendMessage, top frame). Kept out of lib/messaging.ts:
 * only the filler listens to them, and it parses each one (a page cannot forge them, but a bug can).
 */
import { z } from 'zod';
import { ApplyResult, CollectedForm, LeftItem, PlannedFile, PlannedValue } from './types';

/** Raw bytes per chunk (base64 makes ~1.37×): far below the 64 MiB message cap (capture-facts §1.5). */
export const CHUNK_BYTES = 4 * 1024 * 1024;

export const FillerMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('filler-collect') }),
  z.object({
    type: z.literal('filler-chunk'),
    key: z.string().max(40),
    name: z.string().max(200),
    mime: z.string().max(100),
    index: z.number().int().nonnegative(),
    total: z.number().int().positive().max(64),
    data: z.string().max(CHUNK_BYTES * 2),
  }),
  z.object({
    type: z.literal('filler-apply'),
    values: z.array(PlannedValue).max(60),
    files: z.array(PlannedFile).max(10),
    left: z.array(LeftItem).max(60),
    notes: z.array(z.string().max(300)).max(20),
  }),
]);
export type FillerMessage = z.infer<typeof FillerMessage>;

export const CollectReply = z.object({ ok: z.literal(true), form: CollectedForm.nullable() });
export const ApplyReply = z.object({ ok: z.literal(true), result: ApplyResult });

/** Bytes → base64 chunks of at most CHUNK_BYTES raw bytes each. */
export function toChunks(bytes: Uint8Array, size = CHUNK_BYTES): string[] {
  const out: string[] = [];
  for (let i = 0; i < bytes.length || (i === 0 && out.length === 0); i += size) {
    const part = bytes.subarray(i, i + size);
    let bin = '';
    for (let j = 0; j < part.length; j += 0x8000) bin += String.fromCharCode(...part.subarray(j, j + 0x8000));
    out.push(btoa(bin));
    if (!bytes.length) break;
  }
  return out;
}

/** base64 chunks (in order) → bytes. */
export function fromChunks(chunks: readonly string[]): Uint8Array {
  const parts = chunks.map((c) => Uint8Array.from(atob(c), (ch) => ch.charCodeAt(0)));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
