import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../../../lib/db';
import type { OrderSnapshot } from '../../../lib/model/order';
import {
  onBreachAlarm,
  resyncDeadlines,
  syncDeadline,
  type DeadlineDeps,
} from '../../../lib/service/deadlines';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { listEvents } from '../../../lib/store/events';
import { getOrder, upsertOrder } from '../../../lib/store/orders';
import { writeTabState } from '../../../lib/tab-state';

const where = {
  site: 'km.example.cn',
  platform: 'demo-kameng',
  url: 'https://km.example.cn/user/order/KM1',
  title: 't',
};
const KEY = 'km.example.cn|KM1';
const snap: OrderSnapshot = {
  orderNo: 'KM1',
  product: 'Steam 钱包充值卡',
  quantity: 1,
  amount: 96,
  payMethod: '微信支付',
  createdAt: null,
  paidAt: '2026-11-26T14:00:00+08:00',
  status: 'awaiting_delivery',
  statusText: '待发货',
  deliveryMode: 'auto',
  cardKeys: [],
  undeliveredNotice: null,
  promise: { text: '付款后10分钟内自动发货', minutes: 10 },
};

let now = new Date('2026-11-26T06:05:00Z');
let deps: DeadlineDeps;
beforeEach(async () => {
  await db.delete();
  await db.open();
  now = new Date('2026-11-26T06:05:00Z');
  deps = {
    session: fakeBrowser.storage.session,
    settings: async () => DEFAULT_SETTINGS,
    captureBreach: vi.fn(async () => 1),
    now: () => now,
  };
});

async function store(s: OrderSnapshot = snap) {
  return (await upsertOrder(s, where, now)).row;
}

describe('delivery deadline alarms', () => {
  it('arms an alarm at the promised time and flags the breach once when it fires', async () => {
    await syncDeadline(await store(), deps);
    expect((await fakeBrowser.alarms.get(`breach:${KEY}`))?.scheduledTime).toBe(
      Date.parse('2026-11-26T06:10:00Z'),
    );

    now = new Date('2026-11-26T06:10:01Z');
    await writeTabState(fakeBrowser.storage.session, 12, {
      url: where.url,
      platform: null,
      kinds: ['order'],
      orderKeys: [KEY],
      updatedAt: now.toISOString(),
    });
    await onBreachAlarm(KEY, deps);
    await onBreachAlarm(KEY, deps);
    expect((await getOrder(KEY))?.breachedAt).toBe('2026-11-26T06:10:01.000Z');
    expect((await listEvents(KEY)).map((e) => [e.type, e.data.minutes])).toEqual([['breach', 10]]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(deps.captureBreach).toHaveBeenCalledTimes(1);
    expect(deps.captureBreach).toHaveBeenCalledWith(12, expect.objectContaining({ key: KEY }));
  });

  it('raises nothing when the goods arrive in time, and clears the alarm', async () => {
    await syncDeadline(await store(), deps);
    now = new Date('2026-11-26T06:08:00Z');
    await syncDeadline(await store({ ...snap, status: 'delivered', cardKeys: ['AAAA-BBBB-CCCC'] }), deps);
    expect(await fakeBrowser.alarms.get(`breach:${KEY}`)).toBeUndefined();
    now = new Date('2026-11-26T06:20:00Z');
    await onBreachAlarm(KEY, deps);
    expect((await getOrder(KEY))?.breachedAt).toBeNull();
    expect(await listEvents(KEY)).toEqual([]);
  });

  it('never sets a deadline for unpaid or closed orders', async () => {
    for (const status of ['unpaid', 'closed'] as const) {
      await syncDeadline(await store({ ...snap, status, paidAt: null }), deps);
      expect(await fakeBrowser.alarms.get(`breach:${KEY}`)).toBeUndefined();
    }
  });

  it('re-arms after a worker restart and flags deadlines that passed while it was stopped', async () => {
    await store();
    await fakeBrowser.alarms.clearAll();
    now = new Date('2026-11-26T07:00:00Z');
    await resyncDeadlines(deps);
    expect((await getOrder(KEY))?.breachedAt).toBe('2026-11-26T07:00:00.000Z');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });
});
