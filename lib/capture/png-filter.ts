/**
 * PNG row filters (RFC 2083 §6): each row is written as a filter type byte + the filtered bytes. The encoder
 * tries all five and keeps the one with the smallest sum of absolute values (bytes read as signed), the
 * heuristic libpng and the PNG spec recommend; it costs little and lets deflate find far more matches.
 */
export const FILTERS = 5;

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** |v| of a filtered byte read as signed: 0..127 → itself, 128..255 → 256 − v. */
const abs = (v: number) => (v < 128 ? v : 256 - v);

/**
 * Filter `cur` with `type` into out[1..] (out[0] = type) and return the heuristic's cost, giving up (returning
 * a value ≥ limit, `out` then incomplete) as soon as the cost reaches `limit`: a filter that cannot beat the
 * best so far is not finished. `prev` is the unfiltered row above (zeros for the first row).
 */
export function filterRow(
  type: number,
  cur: Uint8Array,
  prev: Uint8Array,
  bpp: number,
  out: Uint8Array,
  limit = Infinity,
): number {
  out[0] = type;
  const n = cur.length;
  let sum = 0;
  let v: number;
  for (let i = 0; i < n; i++) {
    const a = i >= bpp ? cur[i - bpp]! : 0;
    if (type === 0) v = cur[i]!;
    else if (type === 1) v = (cur[i]! - a) & 0xff;
    else if (type === 2) v = (cur[i]! - prev[i]!) & 0xff;
    else if (type === 3) v = (cur[i]! - ((a + prev[i]!) >> 1)) & 0xff;
    else v = (cur[i]! - paeth(a, prev[i]!, i >= bpp ? prev[i - bpp]! : 0)) & 0xff;
    out[i + 1] = v;
    sum += abs(v);
    // Checked every 64 bytes: cheap, and a hopeless filter stops within a few pixels.
    if ((i & 63) === 63 && sum >= limit) return sum;
  }
  return sum;
}

/** Up first: on screenshots most rows equal or nearly equal the row above, which prunes the others early. */
const ORDER = [2, 1, 4, 0, 3];

/** Filters rows adaptively; keeps the previous row and scratch buffers between calls (one per stream). */
export function createRowFilter(rowBytes: number, bpp: number) {
  const scratch = Array.from({ length: FILTERS }, () => new Uint8Array(rowBytes + 1));
  let prev: Uint8Array = new Uint8Array(rowBytes);
  return function filter(cur: Uint8Array): Uint8Array {
    let best = scratch[0]!;
    let bestCost = Infinity;
    for (const type of ORDER) {
      const out = scratch[type]!;
      const c = filterRow(type, cur, prev, bpp, out, bestCost);
      if (c < bestCost) [best, bestCost] = [out, c];
      if (bestCost === 0) break; // cannot do better than all zeros
    }
    prev = cur;
    return best;
  };
}

/** Reverse of filterRow, in place on `row` (without its type byte); used by tests and the decoder. */
export function unfilterRow(type: number, row: Uint8Array, prev: Uint8Array, bpp: number) {
  for (let i = 0; i < row.length; i++) {
    const a = i >= bpp ? row[i - bpp]! : 0;
    const b = prev[i]!;
    const c = i >= bpp ? prev[i - bpp]! : 0;
    const pred =
      type === 1 ? a : type === 2 ? b : type === 3 ? (a + b) >> 1 : type === 4 ? paeth(a, b, c) : 0;
    row[i] = (row[i]! + pred) & 0xff;
  }
}
