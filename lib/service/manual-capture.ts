import { appendEvidence, getOrders, listOrders } from '../db';
import { ManualCapture, type Reply } from '../messaging';
import { readTabState } from '../tab-state';
import type { CaptureTarget, Shot } from './capture';
import type { Progress } from './fullpage';
import { captureOrDefer, type IngestDeps } from './ingest';

export interface ManualDeps extends IngestDeps {
  captureFull: (tabId: number, target: CaptureTarget, progress?: Progress) => Promise<Shot[] | undefined>;
}

const progressKey = (tabId: number) => `progress:${tabId}`;

export async function manualCapture(input: ManualCapture, deps: ManualDeps): Promise<Reply> {
  const req = ManualCapture.parse(input);
  const state = await readTabState(deps.session, req.tabId);
  const onOrderPage = !req.orderKey && !!state?.orderKeys.length;
  const keys = req.orderKey
    ? [req.orderKey]
    : onOrderPage
      ? state!.orderKeys
      : (await listOrders(1)).map((o) => o.key);
  const orders = await getOrders(keys);
  if (!orders.length) return { ok: false, error: '还没有可关联的订单：请先打开订单页，或在弹窗中选择订单' };
  const kind = req.kind ?? (onOrderPage ? 'order-page' : 'failure-prompt');
  const orderNo = orders.length === 1 ? orders[0]!.orderNo : null;
  const expectUrl = onOrderPage ? state!.url : undefined;

  if (req.mode === 'viewport') {
    const captureReq = {
      orderKeys: orders.map((o) => o.key),
      orderNo,
      kind,
      reason: 'manual',
      url: expectUrl ?? '',
    };
    const done = await captureOrDefer(req.tabId, captureReq, deps);
    return done
      ? { ok: true, detail: orderNo ?? '' }
      : { ok: false, error: '页面不在前台，切回该页面后会自动截图' };
  }

  const progress: Progress = (done, total) =>
    void deps.session.set({ [progressKey(req.tabId)]: { done, total } });
  try {
    const shots = await deps.captureFull(
      req.tabId,
      { expectUrl, orderNo, band: deps.band ?? true },
      progress,
    );
    if (!shots) return { ok: false, error: '页面不在前台，无法整页截图' };
    for (const order of orders)
      for (const [i, shot] of shots.entries()) {
        await appendEvidence(order.key, {
          kind: kind === 'order-page' ? 'full-page' : kind,
          capturedAt: shot.capturedAt,
          url: shot.url,
          title: shot.title,
          mime: shot.mime,
          bytes: shot.bytes,
          meta: {
            reason: 'manual',
            part: i + 1,
            parts: shots.length,
            width: shot.width,
            height: shot.height,
            rawSha256: shot.rawSha256,
          },
        });
      }
    return { ok: true, detail: `${shots.length}` };
  } finally {
    await deps.session.remove(progressKey(req.tabId));
  }
}
