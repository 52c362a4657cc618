import { getOrders } from '../db';
import { Message, describeError, type Reply } from '../messaging';
import { readTabState } from '../tab-state';
import { captureOrDefer, ingestReport, type IngestDeps } from './ingest';

export interface RouterDeps extends IngestDeps {
  injectExtractor: (tabId: number, frameId: number) => Promise<void>;
}

export interface SenderInfo {
  tabId?: number;
  frameId?: number;
}

/** The background's one message entry: validate, dispatch, and always answer (never throw to the sender). */
export async function handleMessage(raw: unknown, sender: SenderInfo, deps: RouterDeps): Promise<Reply> {
  try {
    const msg = Message.parse(raw);
    switch (msg.type) {
      case 'sentinel-hit':
        if (sender.tabId === undefined) return { ok: false, error: 'sentinel-hit without a tab' };
        await deps.injectExtractor(sender.tabId, sender.frameId ?? 0);
        return { ok: true };
      case 'page-report': {
        if (sender.tabId === undefined) return { ok: false, error: 'page-report without a tab' };
        // Evidence is only taken from the top frame: that is what a screenshot shows.
        if ((sender.frameId ?? 0) !== 0) return { ok: true, detail: 'subframe ignored' };
        const changes = await ingestReport(msg.report, sender.tabId, deps);
        return { ok: true, detail: changes.join(',') };
      }
      case 'capture-now': {
        const state = await readTabState(deps.session, msg.tabId);
        if (!state?.orderKeys.length) return { ok: false, error: '这个页面还没有识别到订单' };
        const orders = await getOrders(state.orderKeys);
        const req = {
          orderKeys: state.orderKeys,
          orderNo: orders.length === 1 ? orders[0]!.orderNo : null,
          kind: 'order-page' as const,
          reason: 'manual',
          url: state.url,
        };
        const done = await captureOrDefer(msg.tabId, req, deps);
        return done ? { ok: true } : { ok: true, detail: 'deferred until the tab is visible' };
      }
    }
  } catch (err) {
    return { ok: false, error: describeError(err) };
  }
}
