import { Zlib, type DeflateOptions } from 'fflate';
import { createRowFilter } from './png-filter';

/**
 * A lossless PNG encoder that takes its rows in order, as a full page arrives viewport by viewport, so that
 * after the last shot only the last slice is left to compress. Chromium's canvas PNG encoder favours speed
 * (no filter search, fast zlib); this one filters each row adaptively and deflates at level 9, and keeps a
 * palette (colour type 3) version alongside for as long as the image has ≤ 256 colours, taking the smaller.
 */
type Level = NonNullable<DeflateOptions['level']>;

export interface PngStreamOptions {
  /** fflate deflate level, 0–9 (default 9). */
  level?: Level;
}

const SIGNATURE = Uint8Array.of(137, 80, 78, 71, 13, 10, 26, 10);
const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  let crc = -1;
  for (let i = 4; i < 8 + data.length; i++) crc = CRC_TABLE[(crc ^ out[i]!) & 0xff]! ^ (crc >>> 8);
  view.setUint32(8 + data.length, ~crc >>> 0);
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, (at += p.length) - p.length);
  return out;
}

/** zlib stream whose output is kept as a list of chunks. */
function deflater(level: Level) {
  const parts: Uint8Array[] = [];
  const z = new Zlib({ level, mem: 12 });
  z.ondata = (data) => void parts.push(data);
  return { z, parts };
}

function pngFile(width: number, height: number, colorType: number, idat: Uint8Array[], plte?: Uint8Array) {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, colorType, 0, 0, 0], 8); // 8 bits per sample, deflate, adaptive filtering, no interlace
  const chunks = [SIGNATURE, chunk('IHDR', ihdr)];
  if (plte) chunks.push(chunk('PLTE', plte));
  chunks.push(chunk('IDAT', concat(idat)), chunk('IEND', new Uint8Array(0)));
  return concat(chunks);
}

export interface PngStream {
  /** Append `rows` rows of RGBA pixels (e.g. ImageData.data), top to bottom. */
  push(rgba: Uint8Array | Uint8ClampedArray, rows: number): void;
  /** The PNG, or undefined if a pixel was not opaque (then encode again with encodePng). */
  finish(): Uint8Array | undefined;
}

/** Streaming encoder for opaque images (screenshots): RGB truecolor, plus a palette version while ≤ 256 colours. */
export function createPngStream(
  width: number,
  height: number,
  { level = 9 }: PngStreamOptions = {},
): PngStream {
  const rgb = deflater(level);
  const filter = createRowFilter(width * 3, 3);
  let palette: Map<number, number> | undefined = new Map();
  let indexed: ReturnType<typeof deflater> | undefined = deflater(level);
  let rows = 0;
  let opaque = true;

  function push(rgba: Uint8Array | Uint8ClampedArray, count: number) {
    if (!opaque) return;
    const data = new Uint8Array(count * width * 3); // kept: the filter reads the previous row from it
    const idx = palette ? new Uint8Array(count * (width + 1)) : undefined;
    const filtered = new Uint8Array(count * (width * 3 + 1));
    for (let y = 0, s = 0, d = 0; y < count; y++) {
      for (let x = 0; x < width; x++, s += 4, d += 3) {
        if (rgba[s + 3] !== 255) opaque = false;
        const r = rgba[s]!;
        const g = rgba[s + 1]!;
        const b = rgba[s + 2]!;
        data[d] = r;
        data[d + 1] = g;
        data[d + 2] = b;
        if (!palette || !idx) continue;
        const key = (r << 16) | (g << 8) | b;
        let i = palette.get(key);
        if (i === undefined) {
          if (palette.size === 256) {
            palette = undefined; // too many colours: the palette version is dropped for good
            indexed = undefined;
            continue;
          }
          palette.set(key, (i = palette.size));
        }
        idx[y * (width + 1) + 1 + x] = i; // filter type 0 (none) at each row start: best for palettes
      }
      const row = width * 3;
      filtered.set(filter(data.subarray(y * row, (y + 1) * row)), y * (row + 1));
    }
    if (!opaque) return;
    rgb.z.push(filtered);
    if (idx && indexed) indexed.z.push(idx);
    rows += count;
  }

  function finish(): Uint8Array | undefined {
    if (!opaque) return undefined;
    if (rows !== height) throw new Error(`PNG stream got ${rows} of ${height} rows`);
    rgb.z.push(new Uint8Array(0), true);
    const truecolor = pngFile(width, height, 2, rgb.parts);
    if (!palette || !indexed) return truecolor;
    indexed.z.push(new Uint8Array(0), true);
    const plte = new Uint8Array(palette.size * 3);
    for (const [key, i] of palette) plte.set([key >> 16, (key >> 8) & 0xff, key & 0xff], i * 3);
    const paletted = pngFile(width, height, 3, indexed.parts, plte);
    return paletted.length < truecolor.length ? paletted : truecolor;
  }

  return { push, finish };
}

/** Whole image at once; RGBA (colour type 6) when any pixel is not opaque. */
export function encodePng(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  level: Level = 9,
) {
  const stream = createPngStream(width, height, { level });
  stream.push(rgba, height);
  const opaque = stream.finish();
  if (opaque) return opaque;
  const z = deflater(level);
  const filter = createRowFilter(width * 4, 4);
  const row = width * 4;
  const src = new Uint8Array(rgba.buffer, rgba.byteOffset, rgba.length);
  for (let y = 0; y < height; y++) z.z.push(filter(src.subarray(y * row, (y + 1) * row)));
  z.z.push(new Uint8Array(0), true);
  return pngFile(width, height, 6, z.parts);
}
