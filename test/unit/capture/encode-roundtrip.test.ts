// @vitest-environment node
// Lossless means lossless: every encoder output is decoded again and compared pixel for pixel with its input.
// PNG is decoded by png-decode.ts (fflate inflate + unfilter), WebP by libwebp's own decoder (@jsquash/webp).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import decodeWebp, { init as initWebpDecoder } from '@jsquash/webp/decode.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPngStream, encodePng } from '../../../lib/capture/png-encode';
import { encodeWebpLossless, loadWebpEncoder } from '../../../lib/capture/webp-encode';
import { fewColours, screenshotLike, withAlpha, type Image } from './images';
import { decodePng } from './png-decode';

const same = (a: Uint8Array | Uint8ClampedArray, b: Uint8Array | Uint8ClampedArray) =>
  a.length === b.length && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

/** Push an image into a PNG stream in uneven slices, as a full page arrives. */
function streamed(img: Image, sliceRows: number[]) {
  const stream = createPngStream(img.width, img.height);
  const row = img.width * 4;
  for (let y = 0, i = 0; y < img.height; i++) {
    const rows = Math.min(sliceRows[i % sliceRows.length]!, img.height - y);
    stream.push(img.rgba.subarray(y * row, (y + rows) * row), rows);
    y += rows;
  }
  return stream.finish();
}

describe('PNG encoder', () => {
  it('round-trips a screenshot-like image as RGB truecolour (> 256 colours)', () => {
    const img = screenshotLike();
    const png = encodePng(img.rgba, img.width, img.height);
    const back = decodePng(png);
    expect(back).toMatchObject({ width: img.width, height: img.height, colorType: 2 });
    expect(same(back.rgba, img.rgba)).toBe(true);
  });

  it('streamed in uneven slices decodes to the same pixels as the whole image', () => {
    const img = screenshotLike(300, 257, 3);
    const png = streamed(img, [41, 1, 100, 7]);
    expect(png).toBeDefined();
    expect(same(decodePng(png!).rgba, img.rgba)).toBe(true);
  });

  it('writes a palette image when there are at most 256 colours, and it is smaller', () => {
    const img = fewColours();
    const png = encodePng(img.rgba, img.width, img.height);
    const back = decodePng(png);
    expect(back.colorType).toBe(3);
    expect(same(back.rgba, img.rgba)).toBe(true);
  });

  it('keeps transparency: RGBA when a pixel is not opaque; the opaque-only stream declines', () => {
    const img = withAlpha();
    expect(pushAll(img).finish()).toBeUndefined();
    const back = decodePng(encodePng(img.rgba, img.width, img.height));
    expect(back.colorType).toBe(6);
    expect(same(back.rgba, img.rgba)).toBe(true);
  });

  it('refuses to finish before every row arrived', () => {
    const stream = createPngStream(4, 4);
    stream.push(new Uint8Array(4 * 4 * 2).fill(255), 2);
    expect(() => stream.finish()).toThrow(/2 of 4 rows/);
  });
});

function pushAll(img: Image) {
  const stream = createPngStream(img.width, img.height);
  stream.push(img.rgba, img.height);
  return stream;
}

describe('lossless WebP (libwebp wasm)', () => {
  // Node cannot fetch file: URLs, which is how the wasm glue finds its module: hand it the bytes instead.
  beforeAll(async () => {
    const wasm = (file: string) =>
      new Uint8Array(readFileSync(createRequire(import.meta.url).resolve(`@jsquash/webp/codec/${file}`)));
    await loadWebpEncoder(wasm('enc/webp_enc_simd.wasm').slice().buffer);
    await initWebpDecoder(await WebAssembly.compile(wasm('dec/webp_dec.wasm')));
  });

  for (const [name, make] of [
    ['screenshot-like', () => screenshotLike()],
    ['few colours', () => fewColours()],
    ['with transparency', () => withAlpha()],
  ] as const) {
    it(`round-trips ${name} exactly`, async () => {
      const img = make();
      const webp = await encodeWebpLossless(img.rgba, img.width, img.height);
      expect(new TextDecoder().decode(webp.subarray(0, 4))).toBe('RIFF');
      const back = await decodeWebp(webp.slice().buffer);
      expect({ width: back.width, height: back.height }).toEqual({ width: img.width, height: img.height });
      expect(same(back.data, img.rgba)).toBe(true);
    });
  }

  it('is smaller than the optimised PNG on the screenshot-like image', async () => {
    const img = screenshotLike(640, 400, 5);
    const webp = await encodeWebpLossless(img.rgba, img.width, img.height);
    expect(webp.length).toBeLessThan(encodePng(img.rgba, img.width, img.height).length);
  });
});
