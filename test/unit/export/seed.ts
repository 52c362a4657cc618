/** A small database for the export tests: one never-delivered order, screenshots, a chat transcript, events. */
import { CardShieldDB } from '../../../lib/db';
import { addEvent } from '../../../lib/store/events';
import { appendEvidence } from '../../../lib/store/evidence';
import { upsertOrder } from '../../../lib/store/orders';

export const SITE = '127.0.0.1:8080';
export const ORDER_NO = 'KM20261126140300001';
export const KEY = `${SITE}|${ORDER_NO}`;
export const NOW = new Date('2026-11-26T08:00:00.000Z');

/** A tiny valid PNG (1×1) with a distinguishing trailing chunk-free byte pattern in the IDAT-less tail. */
export function png(n: number): Uint8Array {
  const base = [
    137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0,
  ];
  return new Uint8Array([...base, n, n + 1, n + 2, n + 3]);
}

export async function seed(name: string): Promise<CardShieldDB> {
  const database = new CardShieldDB(name);
  await database.delete();
  await database.open();
  const where = {
    site: SITE,
    platform: 'demo-kameng',
    url: `http://${SITE}/user/order/${ORDER_NO}`,
    title: '星辰卡盟 <订单详情>',
  };
  await upsertOrder(
    {
      orderNo: ORDER_NO,
      product: 'Steam 钱包充值卡 50元',
      quantity: 1,
      amount: 48.5,
      payMethod: '微信支付',
      createdAt: '2026-11-26T06:02:00.000Z',
      paidAt: '2026-11-26T06:03:00.000Z',
      status: 'awaiting_delivery',
      statusText: '待发货',
      deliveryMode: 'auto',
      cardKeys: [],
      undeliveredNotice: '商家正在备货中，请耐心等待发货',
      promise: { text: '付款后10分钟内自动发货', minutes: 10 },
    },
    where,
    new Date('2026-11-26T06:04:00.000Z'),
    database,
  );
  await addEvent({ orderKey: KEY, at: '2026-11-26T06:04:00.000Z', type: 'first-seen', data: {} }, database);
  await appendEvidence(
    KEY,
    {
      kind: 'order-page',
      capturedAt: '2026-11-26T06:04:01.000Z',
      url: where.url,
      title: where.title,
      mime: 'image/png',
      bytes: png(1),
    },
    database,
  );
  const chat = {
    type: 'chat-transcript',
    orderNo: ORDER_NO,
    url: `${where.url}/chat`,
    platform: 'demo-kameng',
    messages: [
      {
        author: 'merchant',
        name: '客服<b>小星</b>',
        at: '2026-11-26T06:05:00.000Z',
        text: '亲，稍等<script>alert(1)</script>',
      },
      { author: 'buyer', name: null, at: '2026-11-26T06:30:00.000Z', text: '请尽快发货，否则申请退款' },
    ],
  };
  await appendEvidence(
    KEY,
    {
      kind: 'chat',
      capturedAt: '2026-11-26T06:31:00.000Z',
      url: `${where.url}/chat`,
      title: '聊天',
      mime: 'application/json',
      bytes: new TextEncoder().encode(JSON.stringify(chat, null, 2)),
      meta: { reason: 'messages-changed' },
    },
    database,
  );
  await database.orders.update(KEY, { breachedAt: '2026-11-26T06:13:00.000Z' });
  await addEvent(
    { orderKey: KEY, at: '2026-11-26T06:13:00.000Z', type: 'breach', data: { minutes: 10 } },
    database,
  );
  await appendEvidence(
    KEY,
    {
      kind: 'full-page',
      capturedAt: '2026-11-26T06:40:00.000Z',
      url: where.url,
      title: where.title,
      mime: 'image/png',
      bytes: png(7),
    },
    database,
  );
  return database;
}
