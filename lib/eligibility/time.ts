/** Pure time helpers. Calendar days are China Standard Time (UTC+8, no DST): the buyer's and the rules' days. */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
const CST = 8 * HOUR;

export const toMs = (iso: string | null | undefined): number | null => (iso ? Date.parse(iso) : null);
export const toIso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** 00:00 (UTC+8) of the day containing `ms`. */
export const cstDayStart = (ms: number): number => Math.floor((ms + CST) / DAY) * DAY - CST;

/** End (exclusive) of `days` calendar days counted from the day after `ms` (七日办法 Art. 10). */
export const daysFromNextDay = (ms: number, days: number): number => cstDayStart(ms) + (days + 1) * DAY;

/** `ms` plus `n` working days (Mon–Fri, UTC+8); public holidays are not modelled. */
export function addWorkingDays(ms: number, n: number): number {
  let t = ms;
  for (let left = n; left > 0;) {
    t += DAY;
    const wd = new Date(t + CST).getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return t;
}
