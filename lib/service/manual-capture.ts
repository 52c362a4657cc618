import { getOrders, listOrders } from '../store/orders';
import { appendEvidence } from '../store/evidence';
import { ManualCapture, type Reply } from '../messaging';
import { readTabState } from '../tab-state';
import { captureOrDefer, type CaptureDeps } from './evidence-store';
import { t } from '../i18n/t';

export interface PageArchive {
  bytes: Uint8Array;
  mime: string;
  url: string;
  title: string;
  capturedAt: string;
}

export interface ManualDeps extends CaptureDeps {
  archive: (tabId: number) => Promise<PageArchive>;
}

/**
 * A capture the buyer asked for (popup, context menu, shortcut): linked to the tab's orders, to the order the
 * buyer picked, or — on a page without an order, such as the official redeem page — to the order viewed last.
 */
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
  if (!orders.length) return { ok: false, error: t('bg_no_linked_order') };
  const kind =
    req.kind ?? (onOrderPage ? (req.mode === 'full-page' ? 'full-page' : 'order-page') : 'failure-prompt');
  const orderNo = orders.length === 1 ? orders[0]!.orderNo : null;
  if (req.mode === 'archive') {
    const archive = await deps.archive(req.tabId);
    for (const o of orders)
      await appendEvidence(o.key, { ...archive, kind: 'page-archive', meta: { reason: 'manual' } });
    return { ok: true, detail: orderNo ?? '' };
  }
  const stored = await captureOrDefer(
    req.tabId,
    {
      orderKeys: orders.map((o) => o.key),
      orderNo,
      kind,
      reason: 'manual',
      url: onOrderPage ? state!.url : '',
      mode: req.mode,
    },
    deps,
  );
  if (!stored) return { ok: false, error: t('bg_tab_not_front') };
  return { ok: true, detail: orderNo ?? `${stored}` };
}
