// A minimal PNG decoder for the round-trip tests (8-bit, non-interlaced; colour types 2, 3, 6): inflate the
// IDAT data with fflate and undo each row's filter. Returns RGBA, like ImageData.
import { unzlibSync } from 'fflate';
import { unfilterRow } from '../../../lib/capture/png-filter';

export interface Decoded {
  width: number;
  height: number;
  rgba: Uint8Array;
  colorType: number;
}

export function decodePng(file: Uint8Array): Decoded {
  const view = new DataView(file.buffer, file.byteOffset, file.length);
  let width = 0;
  let height = 0;
  let colorType = -1;
  let plte: Uint8Array = new Uint8Array(0);
  const idat: Uint8Array[] = [];
  for (let at = 8; at < file.length;) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...file.subarray(at + 4, at + 8));
    const data = file.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      if (data[8] !== 8 || data[12] !== 0) throw new Error('only 8-bit non-interlaced PNGs');
      colorType = data[9]!;
    } else if (type === 'PLTE') plte = data;
    else if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const bpp = colorType === 2 ? 3 : colorType === 6 ? 4 : colorType === 3 ? 1 : 0;
  if (!bpp) throw new Error(`colour type ${colorType} not supported`);
  const joined = new Uint8Array(idat.reduce((n, d) => n + d.length, 0));
  idat.reduce((at, d) => (joined.set(d, at), at + d.length), 0);
  const raw = unzlibSync(joined);
  const rowBytes = width * bpp;
  if (raw.length !== height * (rowBytes + 1)) throw new Error('IDAT size does not match the header');
  const rgba = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(rowBytes);
  for (let y = 0; y < height; y++) {
    const start = y * (rowBytes + 1);
    const row = raw.subarray(start + 1, start + 1 + rowBytes);
    unfilterRow(raw[start]!, row, prev, bpp);
    for (let x = 0, o = y * width * 4; x < width; x++, o += 4) {
      const src = colorType === 3 ? plte : row;
      const at = colorType === 3 ? row[x]! * 3 : x * bpp;
      rgba[o] = src[at]!;
      rgba[o + 1] = src[at + 1]!;
      rgba[o + 2] = src[at + 2]!;
      rgba[o + 3] = bpp === 4 ? row[at + 3]! : 255;
    }
    prev = row;
  }
  return { width, height, rgba, colorType };
}
