import { browser } from 'wxt/browser';
import { breachState, deliveryDeadline, formatDuration, isAwaitingDelivery } from '../deadlines/breach';
import { resolvePromise } from '../deadlines/resolve';
import { lang, t } from '../i18n/t';
import type { OrderRow } from '../model/order';
import { loadSettings, type Settings } from '../settings';
import { addEvent } from '../store/events';
import { getOrder, listAwaitingOrders, patchOrder } from '../store/orders';
import type { SessionArea } from '../tab-state';
import { TabState } from '../tab-state';

/** One alarm per open order; alarms outlive service-worker restarts, and the worker re-syncs them on start. */
export const ALARM_PREFIX = 'breach:';

export interface DeadlineDeps {
  session: SessionArea;
  settings: () => Promise<Settings>;
  /** A fresh screenshot of the order's page when the tab showing it is open. */
  captureBreach: (tabId: number, order: OrderRow) => Promise<unknown>;
  now?: () => Date;
}

export const defaultSettings = () => loadSettings(browser.storage.local);

function deadlineFor(order: OrderRow, settings: Settings) {
  return deliveryDeadline(order, resolvePromise(order, settings));
}

/** Arm, move or clear the order's alarm after it changed; a deadline already passed is handled at once. */
export async function syncDeadline(order: OrderRow, deps: DeadlineDeps): Promise<void> {
  const name = ALARM_PREFIX + order.key;
  const deadline = order.breachedAt ? undefined : deadlineFor(order, await deps.settings());
  if (!deadline) {
    await browser.alarms.clear(name);
    if (!isAwaitingDelivery(order)) await updateBadge();
    return;
  }
  const when = Date.parse(deadline.dueAt);
  if (when <= (deps.now?.() ?? new Date()).getTime()) return onBreachAlarm(order.key, deps);
  await browser.alarms.create(name, { when });
}

/** The alarm fired (or a passed deadline was found): record the breach once, tell the buyer, capture the page. */
export async function onBreachAlarm(key: string, deps: DeadlineDeps): Promise<void> {
  const order = await getOrder(key);
  if (!order || order.breachedAt) return;
  const now = deps.now?.() ?? new Date();
  const deadline = deadlineFor(order, await deps.settings());
  const state = breachState(deadline, now);
  if (state.state === 'none') return;
  if (state.state === 'pending')
    return void (await browser.alarms.create(ALARM_PREFIX + key, { when: Date.parse(deadline!.dueAt) }));
  const at = now.toISOString();
  await patchOrder(key, { breachedAt: at });
  const promise = deadline!.promise;
  await addEvent({
    orderKey: key,
    at,
    type: 'breach',
    data: {
      dueAt: deadline!.dueAt,
      minutes: promise.minutes,
      source: promise.source,
      estimate: deadline!.estimate,
      text: promise.text,
    },
  });
  await browser.notifications.create(`breach:${key}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('bg_breach_title'),
    message: t(
      'bg_breach_message',
      order.product ? t('bg_breach_product', order.orderNo, order.product) : order.orderNo,
      promise.minutes ? t('bg_breach_minutes', formatDuration(promise.minutes * 60_000, lang())) : '',
    ),
    priority: 2,
  });
  await updateBadge();
  const tabId = await tabShowing(key, deps.session);
  if (tabId !== undefined) await deps.captureBreach(tabId, order).catch(() => undefined);
}

/** The badge counts orders past their deadline and still undelivered. */
export async function updateBadge(): Promise<void> {
  const overdue = (await listAwaitingOrders()).filter((o) => o.breachedAt).length;
  await browser.action.setBadgeBackgroundColor({ color: '#b42318' });
  await browser.action.setBadgeText({ text: overdue ? String(overdue) : '' });
}

/** After a worker (re)start: every open order gets its alarm back, overdue ones are flagged now. */
export async function resyncDeadlines(deps: DeadlineDeps): Promise<void> {
  for (const order of await listAwaitingOrders()) await syncDeadline(order, deps);
  await updateBadge();
}

async function tabShowing(key: string, session: SessionArea): Promise<number | undefined> {
  const all = await session.get(null);
  for (const [k, v] of Object.entries(all)) {
    const state = TabState.safeParse(v);
    if (k.startsWith('tab:') && state.success && state.data.orderKeys.includes(key))
      return Number(k.slice(4));
  }
  return undefined;
}
