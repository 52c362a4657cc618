import type { ChatMessage, OrderSnapshot } from '../model/order';
import { labelledCells, linesOf, textOf } from './dom';
import {
  normalizeDeliveryMode,
  normalizeStatus,
  orNull,
  parseChinaTime,
  parseCount,
  parseMoney,
} from './normalize';
import { describeFields } from './form-fields';
import type { PlatformAdapter } from './types';

/** The bundled demo 卡盟 (星辰卡盟, demo/skins/kameng): recognised by its generator meta. */
const GENERATOR = /XingChen KaMeng/i;

function isKameng(doc: Document): boolean {
  return GENERATOR.test(doc.querySelector('meta[name="generator"]')?.getAttribute('content') ?? '');
}

function extractOrder(main: Element): OrderSnapshot | undefined {
  const cells = labelledCells(main.querySelector('table.order-info') ?? main);
  const value = (label: string) => orNull(textOf(cells.get(label)));
  const orderNo = main.getAttribute('data-order-no') ?? value('订单编号');
  if (!orderNo) return undefined;
  const statusText = orNull(textOf(main.querySelector('.status-tag') ?? cells.get('订单状态')));
  const promiseText = value('发货时效');
  return {
    orderNo: orderNo.trim(),
    product: value('商品名称'),
    quantity: parseCount(value('购买数量')),
    amount: parseMoney(value('实付金额')),
    payMethod: value('支付方式'),
    createdAt: parseChinaTime(value('下单时间')),
    paidAt: parseChinaTime(value('付款时间')),
    status: normalizeStatus(statusText),
    statusText,
    deliveryMode: normalizeDeliveryMode(value('发货方式')),
    cardKeys: [...main.querySelectorAll('.card-keys .card-key code')].map(textOf).filter(Boolean),
    undeliveredNotice: orNull(textOf(main.querySelector('.card-keys .undelivered-notice'))),
    promise: promiseText ? { text: promiseText, minutes: null } : null,
  };
}

const AUTHOR: Record<string, ChatMessage['author']> = {
  'from-buyer': 'buyer',
  'from-merchant': 'merchant',
  'from-system': 'system',
  'from-platform': 'platform',
};

export const demoKameng: PlatformAdapter = {
  id: 'demo-kameng',
  name: '星辰卡盟 (demo)',
  detect(doc) {
    if (!isKameng(doc)) return undefined;
    const kinds = [
      ...(doc.querySelector('main.order-detail[data-order-no]') ? (['order'] as const) : []),
      ...(doc.querySelector('form#refund-form') ? (['refund-form'] as const) : []),
      ...(doc.querySelector('.chat-thread') ? (['chat'] as const) : []),
      ...(doc.querySelector('.delivery-promise') && !doc.querySelector('main.order-detail')
        ? (['product'] as const)
        : []),
    ];
    return kinds.length ? { kinds, confidence: 0.95 } : undefined;
  },
  extractOrders(doc) {
    return [...doc.querySelectorAll('main.order-detail[data-order-no]')]
      .map(extractOrder)
      .filter((o) => o !== undefined);
  },
  refundForm(doc) {
    const form = doc.querySelector('form#refund-form');
    return form ? { fields: describeFields(form) } : undefined;
  },
  product(doc) {
    const policy = linesOf(doc.querySelector('.after-sales-policy')).join('\n');
    return {
      name: orNull(textOf(doc.querySelector('.goods-title, h1'))),
      promiseText: orNull(textOf(doc.querySelector('.delivery-promise'))),
      policy: policy || null,
    };
  },
  chatOrderNo(doc) {
    return doc.querySelector('.chat-thread[data-order-no]')?.getAttribute('data-order-no') ?? null;
  },
  extractChat(doc) {
    return [...doc.querySelectorAll('.chat-thread .chat-msg')].map((msg) => {
      const cls = [...msg.classList].find((c) => c in AUTHOR);
      const time = msg.querySelector('time');
      return {
        author: (cls && AUTHOR[cls]) || 'system',
        name: orNull(textOf(msg.querySelector('.chat-author'))),
        at: parseChinaTime(time?.getAttribute('datetime') ?? textOf(time)),
        text: textOf(msg.querySelector('.chat-text')),
      };
    });
  },
};
