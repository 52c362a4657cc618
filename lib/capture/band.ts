/**
 * The band burned into every screenshot: where and when it was taken, for which order. Beijing time with the
 * zone written out, because a stranger (platform staff, 12315) reads it without context.
 */
export interface BandInfo {
  url: string;
  capturedAt: string;
  orderNo: string | null;
  title: string;
}

export function formatCaptureTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  return `${d.toISOString().slice(0, 19).replace('T', ' ')} 北京时间 (UTC+08:00)`;
}

export function bandLines(info: BandInfo): [string, string] {
  const order = info.orderNo ? `订单号 ${info.orderNo} · ` : '';
  return [
    `卡盾取证 · ${formatCaptureTime(info.capturedAt)} · ${order}${info.title}`.slice(0, 240),
    info.url.slice(0, 400),
  ];
}

export const BAND_CSS_HEIGHT = 44;

type Ctx = OffscreenCanvasRenderingContext2D;

/** Draw the band across the top `height` device px of the canvas. */
export function drawBand(ctx: Ctx, width: number, scale: number, info: BandInfo) {
  const h = BAND_CSS_HEIGHT * scale;
  ctx.fillStyle = '#1f2328';
  ctx.fillRect(0, 0, width, h);
  ctx.fillStyle = '#ea580c';
  ctx.fillRect(0, h - 2 * scale, width, 2 * scale);
  const [line1, line2] = bandLines(info);
  ctx.textBaseline = 'top';
  ctx.fillStyle = '#ffffff';
  ctx.font = `${13 * scale}px "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif`;
  ctx.fillText(line1, 10 * scale, 6 * scale, width - 20 * scale);
  ctx.fillStyle = '#c9d1d9';
  ctx.font = `${11 * scale}px ui-monospace, "DejaVu Sans Mono", monospace`;
  ctx.fillText(line2, 10 * scale, 24 * scale, width - 20 * scale);
}
