// Where the time of one full-page capture goes, from the probe's wall clock (request sent, reply received)
// and the worker's profile of the same capture (lib/capture/capture-profile.ts): all Date.now() on one machine.
import { WEBP_MAX_PIXELS } from '../../lib/capture/encode';
import type { ProbedCapture } from './capture-probe';
import { quantile } from './stats';

const ms = (n: number) => `${Math.round(n)} ms`;

const spacing = (times: number[]) => times.slice(1).map((x, i) => x - times[i]!);
const gap = (times: number[]) => (times.at(-1)! - times[0]!) / (times.length - 1);

export interface FullPageRun {
  total: number;
  floor: number;
  shots: number;
  viewports: number;
  probe: ProbedCapture;
}

export function breakdown({ probe, shots }: FullPageRun, intervalMs: number): string[] {
  const { sent, replied, profile } = probe;
  const t = profile.times;
  const enc = profile.encode.at(-1);
  if (!t || !enc) return ['  (no profile of this capture)'];
  const first = t.shots[0]!;
  const last = t.shots.at(-1)!;
  const lastSlice = enc.slicesMs.at(-1) ?? 0;
  const lastSliceAt = enc.slicesAt.at(-1) ?? last;
  const webp =
    enc.webpMs >= 0 ? `WebP ${ms(enc.webpMs)}` : `WebP not tried (above ${WEBP_MAX_PIXELS / 1e6} Mpx)`;
  const during = enc.slicesMs.slice(0, -1);
  const latency = t.shots.map((s, i) => s - t.calls[i]!);
  return [
    `  before the first shot: request → worker ${ms(t.start - sent)}, inject the driver and measure ${ms(t.measured - t.start)}, scroll and shoot ${ms(first - t.measured)}`,
    `  shooting: ${shots - 1} intervals ${ms(last - first)}, ${ms((last - first) / (shots - 1))} each (quota 500 ms, limiter ${intervalMs} ms);` +
      ` captureVisibleTab calls ${ms(gap(t.calls))} apart (max ${ms(Math.max(...spacing(t.calls)))}), each taking ${ms(quantile(latency, 0.5))} (median)`,
    `  after the last shot: ${ms(t.encoded - last)} until encoded = the last slice reaches the offscreen document ${ms(lastSliceAt - last)} (incl. any backlog)` +
      ` + drawn and its rows compressed ${ms(lastSlice)} + rows left ${ms(enc.lastRowsMs)} + ${enc.pngEncoder} PNG finish ${ms(enc.pngMs)} + ${webp}` +
      ` + back in the worker as bytes ${ms(t.encoded - enc.doneAt)}; then store + reply ${ms(replied - t.encoded)}`,
    `  stitched while shooting: ${during.length} slices decoded, drawn and compressed in the offscreen document, median ${ms(quantile(during, 0.5))} each (max ${ms(Math.max(...during))}), overlapped with the 500 ms between shots`,
  ];
}
