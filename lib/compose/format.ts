/** Shared text formatting for composed messages: money, UTC+8 times, durations, masked keys. Pure. */
const CST = 8 * 3_600_000;

export const money = (n: number): string => `¥${n.toFixed(2)}`;

/** "2026-11-26 14:03" in China Standard Time (the time the buyer and the merchant see). */
export function timeCst(iso: string): string {
  const d = new Date(Date.parse(iso) + CST).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 16)}`;
}

function parts(minutes: number): [number, number, number] {
  const m = Math.max(0, Math.round(minutes));
  return [Math.floor(m / 1440), Math.floor((m % 1440) / 60), m % 60];
}

/** 135 → "2小时15分钟"; 1500 → "1天1小时" (minutes dropped once days show). */
export function durationZh(minutes: number): string {
  const [d, h, m] = parts(minutes);
  const out = (d ? `${d}天` : '') + (h ? `${h}小时` : '') + (!d && (m || !h) ? `${m}分钟` : '');
  return out || '0分钟';
}

/** 135 → "2 h 15 min"; 1500 → "1 d 1 h". */
export function durationEn(minutes: number): string {
  const [d, h, m] = parts(minutes);
  const out = [d ? `${d} d` : '', h ? `${h} h` : '', !d && (m || !h) ? `${m} min` : ''];
  return out.filter(Boolean).join(' ');
}

/** Keys in texts are masked (complaint template: 卡密打码): "ABCD****WXYZ". */
export function maskKey(key: string): string {
  const k = key.trim();
  if (k.length <= 8) return `${k.slice(0, 2)}****`;
  return `${k.slice(0, 4)}****${k.slice(-4)}`;
}

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
