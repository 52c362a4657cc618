/**
 * Full-page capture plan: where to scroll and which part of each viewport shot goes where in the output.
 * Pure arithmetic in CSS px, scaled to device px by `dpr`. Chrome canvases fail silently past 65,535 px a side
 * or 268,435,456 px of area, and WebP stops at 16,383 px a side — so tall pages are split into parts.
 */
export interface PageMetrics {
  /** Full document height and the viewport, CSS px. */
  scrollHeight: number;
  viewportHeight: number;
  viewportWidth: number;
  dpr: number;
}

export interface Slice {
  /** window.scrollTo(0, scrollY) before the shot. */
  scrollY: number;
  /** Rows [cropTop, cropTop + height) of the shot (CSS px) land at `destY` of the part. */
  cropTop: number;
  height: number;
  destY: number;
}

export interface Part {
  /** Document rows this part covers, CSS px. */
  top: number;
  height: number;
  slices: Slice[];
}

export const MAX_CANVAS_SIDE = 65_535;
export const MAX_CANVAS_AREA = 268_435_456;
export const MAX_WEBP_SIDE = 16_383;
/** Parts are kept ≤ the WebP limit so the smaller lossless encoding is always available. */
const PART_LIMIT_DEVICE_PX = MAX_WEBP_SIDE;

export function planFullPage(m: PageMetrics): Part[] {
  const vh = Math.max(1, Math.floor(m.viewportHeight));
  const total = Math.max(vh, Math.ceil(m.scrollHeight));
  const maxRowsByArea = Math.floor(MAX_CANVAS_AREA / Math.max(1, m.viewportWidth * m.dpr));
  const partRows = Math.max(
    1,
    Math.floor(Math.min(PART_LIMIT_DEVICE_PX, MAX_CANVAS_SIDE, maxRowsByArea) / m.dpr),
  );
  const parts: Part[] = [];
  for (let top = 0; top < total; top += partRows) {
    const height = Math.min(partRows, total - top);
    parts.push({ top, height, slices: slicesFor(top, height, vh, total) });
  }
  return parts;
}

/** Viewport-sized steps over [top, top+height); the last scroll is clamped by the browser, so crop accordingly. */
function slicesFor(top: number, height: number, vh: number, total: number): Slice[] {
  const out: Slice[] = [];
  const maxScroll = total - vh;
  for (let y = top; y < top + height; y += vh) {
    const scrollY = Math.min(y, maxScroll);
    const rows = Math.min(vh, top + height - y);
    out.push({ scrollY, cropTop: y - scrollY, height: rows, destY: y - top });
  }
  return out;
}

/** Lower bound of a capture's duration under the 2 calls/s quota: (shots − 1) × 500 ms. */
export function quotaFloorMs(parts: Part[], intervalMs = 500): number {
  const shots = parts.reduce((n, p) => n + p.slices.length, 0);
  return Math.max(0, shots - 1) * intervalMs;
}
