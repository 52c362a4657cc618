import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { CardShieldDB } from '../../../lib/db';
import { OrderRow } from '../../../lib/model/order';
import { listEvents, addEvent } from '../../../lib/store/events';

/** A v1 database as the first release wrote it, opened by the current schema. */
describe('schema upgrade from v1', () => {
  it('keeps v1 orders readable (new fields default) and adds the events table', async () => {
    const name = `upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      orders: 'key, site, status, lastSeenAt',
      evidence: '++id, orderKey, &[orderKey+seq], capturedAt, kind',
      blobs: 'sha256',
    });
    await v1.table('orders').put({
      key: 'km.example.cn|KM1',
      site: 'km.example.cn',
      platform: 'demo-kameng',
      url: 'https://km.example.cn/user/order/KM1',
      title: '订单详情',
      orderNo: 'KM1',
      product: '月卡',
      quantity: 1,
      amount: 15.8,
      payMethod: '微信支付',
      createdAt: null,
      paidAt: '2026-11-26T14:03:41+08:00',
      status: 'awaiting_delivery',
      statusText: '待发货',
      deliveryMode: 'auto',
      cardKeys: [],
      undeliveredNotice: null,
      promise: { text: '付款后10分钟内自动发货', minutes: null },
      firstSeenAt: '2026-11-26T06:04:00.000Z',
      lastSeenAt: '2026-11-26T06:04:00.000Z',
      evidenceCount: 0,
      lastChainHash: null,
    });
    v1.close();

    const db = new CardShieldDB(name);
    const row = OrderRow.parse(await db.orders.get('km.example.cn|KM1'));
    expect(row).toMatchObject({
      orderNo: 'KM1',
      deliveredAt: null,
      breachedAt: null,
      promiseOverrideMinutes: null,
    });
    await addEvent({ orderKey: row.key, at: '2026-11-26T06:20:00.000Z', type: 'breach' }, db);
    await addEvent({ orderKey: row.key, at: '2026-11-26T06:04:00.000Z', type: 'first-seen' }, db);
    expect((await listEvents(row.key, db)).map((e) => e.type)).toEqual(['first-seen', 'breach']);
    expect(db.tables.map((t) => t.name)).toContain('events');
  });
});
