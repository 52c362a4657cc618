// Synthetic test images (RGBA), deterministic: a screenshot-like page (text strokes with anti-aliased edges,
// coloured bars, a noisy "photo"), a flat few-colour image and one with transparency.
export interface Image {
  width: number;
  height: number;
  rgba: Uint8Array;
}

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function blank(width: number, height: number, rgb: [number, number, number], alpha = 255): Image {
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < rgba.length; i += 4) rgba.set([...rgb, alpha], i);
  return { width, height, rgba };
}

function fill(
  img: Image,
  x0: number,
  y0: number,
  w: number,
  h: number,
  px: (x: number, y: number) => number[],
) {
  for (let y = y0; y < Math.min(img.height, y0 + h); y++)
    for (let x = x0; x < Math.min(img.width, x0 + w); x++) img.rgba.set(px(x, y), (y * img.width + x) * 4);
}

/** White page, a dark header bar, lines of "glyphs" with grey anti-aliased edges, and a photo block. */
export function screenshotLike(width = 320, height = 240, seed = 1): Image {
  const rand = rng(seed);
  const img = blank(width, height, [255, 255, 255]);
  fill(img, 0, 0, width, 20, () => [16, 124, 101, 255]);
  const photoTop = Math.max(20, height - 60);
  for (let line = 30; line + 14 < photoTop; line += 22)
    for (let x = 12; x + 10 < width - 12; x += 12) {
      if (rand() < 0.15) continue;
      fill(img, x, line, 10, 14, (gx, gy) => {
        const edge = gx === x || gx === x + 9 || gy === line || gy === line + 13;
        const ink = rand() < 0.55;
        const v = !ink ? 255 : edge ? 120 + Math.floor(rand() * 120) : 40 + Math.floor(rand() * 8);
        return [v, v, line % 3 ? v : Math.min(255, v + 60), 255];
      });
    }
  fill(img, 0, photoTop, width >> 1, height - photoTop, () => [
    Math.floor(rand() * 256),
    Math.floor(rand() * 256),
    90,
    255,
  ]);
  return img;
}

export function fewColours(width = 200, height = 120): Image {
  const img = blank(width, height, [250, 250, 250]);
  const palette = [
    [20, 20, 20],
    [234, 88, 12],
    [31, 35, 40],
    [200, 200, 200],
  ];
  fill(img, 0, 0, width, height, (x, y) => [...palette[((x >> 3) + (y >> 2)) % palette.length]!, 255]);
  return img;
}

export function withAlpha(width = 64, height = 48): Image {
  const img = screenshotLike(width, height, 7);
  for (let i = 3; i < img.rgba.length; i += 28) img.rgba[i] = (i * 13) & 0xff;
  return img;
}
