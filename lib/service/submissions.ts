import { ensureOrder, getOrders, listOrders } from '../store/orders';
import { appendEvidence } from '../store/evidence';
import type { Message } from '../messaging';
import { readTabState } from '../tab-state';
import { addEvent } from '../store/events';
import { captureOrDefer, type CaptureDeps } from './evidence-store';
import { t } from '../i18n/t';

type FormSubmitted = Extract<Message, { type: 'form-submitted' }>;

/** The order a submitted form is about: its order-number field, else the tab's order, else the order viewed last. */
async function orderFor(msg: FormSubmitted, tabId: number, deps: CaptureDeps, now: Date) {
  const typed = msg.fields.find((f) => f.role === 'orderNo' && /^[A-Za-z0-9_-]{4,64}$/.test(f.value.trim()));
  const where = { site: new URL(msg.url).host, platform: msg.platform, url: msg.url, title: msg.title };
  if (typed) return ensureOrder(typed.value.trim(), where, now);
  const state = await readTabState(deps.session, tabId);
  if (state?.orderKeys.length === 1) return state.orderKeys[0]!;
  return (await listOrders(1))[0]?.key;
}

/**
 * Keep the form exactly as submitted (JSON) and a screenshot of it while the page still shows it.
 * `onStored` runs once the form record and its timeline event are written, before the screenshot: a failed
 * screenshot (tab gone, quota) must not keep the case from moving to its next step.
 */
export async function recordSubmission(
  msg: FormSubmitted,
  tabId: number,
  deps: CaptureDeps,
  now = new Date(),
  onStored?: (orderKey: string) => Promise<unknown>,
) {
  const key = await orderFor(msg, tabId, deps, now);
  if (!key) return { ok: false as const, error: t('err_form_no_order') };
  const body = {
    type: 'submitted-form',
    url: msg.url,
    platform: msg.platform,
    submittedAt: now.toISOString(),
    fields: msg.fields,
  };
  await appendEvidence(key, {
    kind: 'submitted-form',
    capturedAt: now.toISOString(),
    url: msg.url,
    title: msg.title,
    mime: 'application/json',
    bytes: new TextEncoder().encode(JSON.stringify(body, null, 2)),
    meta: { reason: 'form-submitted', fields: msg.fields.length },
  });
  await addEvent({
    orderKey: key,
    at: now.toISOString(),
    type: 'form-submitted',
    data: { url: msg.url, fields: msg.fields.length },
  });
  await onStored?.(key).catch(() => undefined);
  const [order] = await getOrders([key]);
  await captureOrDefer(
    tabId,
    {
      orderKeys: [key],
      orderNo: order?.orderNo ?? null,
      kind: 'submitted-form',
      reason: 'form-submitted',
      url: msg.url,
    },
    deps,
  );
  return { ok: true as const, detail: order?.orderNo, orderKey: key };
}
