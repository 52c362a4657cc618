// Injectable clock. Real mode: wall time (+ offset) with real timers. Manual mode: time only moves
// via advance(), which fires due timers synchronously, so tests never sleep. advance() also works in
// real mode (the control API exposes it), shifting "now" forward and firing timers that became due.

export interface Clock {
  now(): number;
  /** Runs fn once `ms` later in clock time. Returns a cancel function. */
  setTimer(fn: () => void, ms: number): () => void;
  advance(ms: number): void;
  /** Cancels every pending timer (server close). */
  dispose(): void;
}

interface Timer {
  id: number;
  due: number;
  fn: () => void;
  real?: ReturnType<typeof setTimeout>;
}

export class DemoClock implements Clock {
  private offset = 0;
  private seq = 0;
  private readonly timers = new Map<number, Timer>();
  private readonly manual: boolean;
  private readonly start: number;

  constructor(opts: { manual?: boolean; start?: number | Date } = {}) {
    this.manual = opts.manual ?? false;
    this.start = opts.start === undefined ? Date.now() : Number(opts.start);
  }

  now(): number {
    return (this.manual ? this.start : Date.now()) + this.offset;
  }

  setTimer(fn: () => void, ms: number): () => void {
    const timer: Timer = { id: ++this.seq, due: this.now() + Math.max(0, ms), fn };
    this.timers.set(timer.id, timer);
    if (!this.manual) this.arm(timer);
    return () => this.cancel(timer.id);
  }

  advance(ms: number): void {
    this.offset += Math.max(0, ms);
    const due = [...this.timers.values()].filter((t) => t.due <= this.now()).sort((a, b) => a.due - b.due);
    for (const t of due) this.fire(t.id);
    if (!this.manual) for (const t of this.timers.values()) this.arm(t);
  }

  dispose(): void {
    for (const id of [...this.timers.keys()]) this.cancel(id);
  }

  private arm(t: Timer): void {
    if (t.real) clearTimeout(t.real);
    const wait = Math.min(Math.max(0, t.due - this.now()), 2 ** 31 - 1);
    t.real = setTimeout(() => this.fire(t.id), wait);
    t.real.unref?.();
  }

  private fire(id: number): void {
    const t = this.timers.get(id);
    if (!t) return;
    this.cancel(id);
    t.fn();
  }

  private cancel(id: number): void {
    const t = this.timers.get(id);
    if (t?.real) clearTimeout(t.real);
    this.timers.delete(id);
  }
}

// ---- Beijing-time formatting (UTC+8, no DST) ----
const BJ = 8 * 3600_000;
const p2 = (n: number): string => String(n).padStart(2, '0');

function parts(ms: number): [string, string, string, string, string, string] {
  const d = new Date(ms + BJ);
  return [
    String(d.getUTCFullYear()),
    p2(d.getUTCMonth() + 1),
    p2(d.getUTCDate()),
    p2(d.getUTCHours()),
    p2(d.getUTCMinutes()),
    p2(d.getUTCSeconds()),
  ];
}

/** `YYYY-MM-DD HH:mm:ss` in Beijing time. */
export function fmtTime(ms: number): string {
  const [y, mo, d, h, mi, s] = parts(ms);
  return `${y}-${mo}-${d} ${h}:${mi}:${s}`;
}

/** ISO 8601 with +08:00 offset. */
export function isoTime(ms: number): string {
  const [y, mo, d, h, mi, s] = parts(ms);
  return `${y}-${mo}-${d}T${h}:${mi}:${s}+08:00`;
}

/** `yyyymmddHHMMSS` in Beijing time. */
export function stamp(ms: number): string {
  return parts(ms).join('');
}

/** cents → `¥12.50` */
export function yuan(cents: number): string {
  return `¥${(cents / 100).toFixed(2)}`;
}
