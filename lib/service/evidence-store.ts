import { z } from 'zod';
import { appendEvidence, lastEvidence } from '../store/evidence';
import { EvidenceKind } from '../model/evidence';
import type { SessionArea } from '../tab-state';
import { TabNavigatedError, type CaptureTarget, type Shot } from './capture';
import type { Progress } from './fullpage';

export interface CaptureDeps {
  session: SessionArea;
  capture: (tabId: number, target: CaptureTarget) => Promise<Shot | undefined>;
  captureFull: (tabId: number, target: CaptureTarget, progress?: Progress) => Promise<Shot[] | undefined>;
  /** Burn the URL/time/order band into screenshots (setting; default on). */
  band?: boolean;
}

/** A screenshot wanted for some orders; kept in storage.session while the tab is not visible. */
export const CaptureRequest = z.object({
  orderKeys: z.array(z.string()),
  orderNo: z.string().nullable().default(null),
  kind: EvidenceKind,
  reason: z.string(),
  /** The URL the tab must still show ('' = any: a failure prompt on another page). */
  url: z.string(),
  mode: z.enum(['viewport', 'full-page']).default('viewport'),
});
export type CaptureRequest = z.input<typeof CaptureRequest>;

const pendingKey = (tabId: number) => `pending:${tabId}`;
const progressKey = (tabId: number) => `progress:${tabId}`;

/**
 * Capture now if the tab is visible, else remember the request until the tab is activated. Full-page
 * captures report progress through storage.session (the popup shows it). Returns the number of images stored.
 */
export async function captureOrDefer(
  tabId: number,
  input: CaptureRequest,
  deps: CaptureDeps,
): Promise<number> {
  const req = CaptureRequest.parse(input);
  const target = { expectUrl: req.url || undefined, orderNo: req.orderNo, band: deps.band ?? true };
  let shots: Shot[] | undefined;
  try {
    shots = await shoot(tabId, req, target, deps);
  } catch (err) {
    if (!(err instanceof TabNavigatedError)) throw err;
    await deps.session.remove(pendingKey(tabId));
    return 0;
  }
  if (!shots) {
    await deps.session.set({ [pendingKey(tabId)]: req });
    return 0;
  }
  await deps.session.remove(pendingKey(tabId));
  for (const key of req.orderKeys) await storeShots(key, shots, req, tabId);
  return shots.length;
}

async function shoot(
  tabId: number,
  req: z.output<typeof CaptureRequest>,
  target: CaptureTarget,
  deps: CaptureDeps,
): Promise<Shot[] | undefined> {
  if (req.mode === 'full-page') {
    const progress: Progress = (done, total) =>
      void deps.session.set({ [progressKey(tabId)]: { done, total } });
    return deps.captureFull(tabId, target, progress).finally(() => deps.session.remove(progressKey(tabId)));
  }
  const shot = await deps.capture(tabId, target);
  return shot && [shot];
}

export async function runPendingCapture(tabId: number, deps: CaptureDeps): Promise<number> {
  const req = CaptureRequest.safeParse((await deps.session.get(pendingKey(tabId)))[pendingKey(tabId)]);
  return req.success ? captureOrDefer(tabId, req.data, deps) : 0;
}

/** A capture identical to the order's last one is not stored again: the chain records "unchanged at T" instead. */
async function storeShots(key: string, shots: Shot[], req: z.output<typeof CaptureRequest>, tabId: number) {
  const last = await lastEvidence(key);
  const first = shots[0]!;
  const base = { capturedAt: first.capturedAt, url: first.url, title: first.title };
  if (shots.length === 1 && last && last.meta.rawSha256 === first.rawSha256) {
    const note = { type: 'unchanged', sameAsSeq: last.seq, sameAsSha256: last.sha256, at: first.capturedAt };
    const bytes = new TextEncoder().encode(JSON.stringify(note));
    await appendEvidence(key, {
      ...base,
      kind: 'note',
      mime: 'application/json',
      bytes,
      meta: { reason: req.reason, unchanged: true },
    });
    return;
  }
  for (const [i, shot] of shots.entries()) {
    const meta: Record<string, string | number> = {
      reason: req.reason,
      tabId,
      rawSha256: shot.rawSha256,
      width: shot.width,
      height: shot.height,
    };
    if (shots.length > 1) Object.assign(meta, { part: i + 1, parts: shots.length });
    await appendEvidence(key, {
      capturedAt: shot.capturedAt,
      url: shot.url,
      title: shot.title,
      kind: req.kind,
      mime: shot.mime,
      bytes: shot.bytes,
      meta,
    });
  }
}
