// In-memory orders, scenario behaviour, chat and the redeem registry. Timing goes through the Clock.
import type { Clock } from './clock.ts';
import { stamp, yuan } from './clock.ts';
import { findGoods, SCENARIO_GOODS, type DeliveryKind, type Skin } from './catalog.ts';
import { makeKey, normaliseKey, randomDigits, randomUpperAlnum, redeemForms } from './keys.ts';
import type { ChatMessage, CreateOrderInput, MessageFrom, Order } from './types.ts';

export type * from './types.ts';

export class StoreError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const MERCHANT_NAME = '星辰数码专营店';
export const GREETING =
  '亲，您好！欢迎光临星辰数码专营店～自动发货商品付款后在订单详情即可查看卡密，有问题请在这里留言，客服在线时间 09:00-23:00。';
export const OFFSITE_TEXT = '亲，平台这边不方便，加我微信 kf_xingchen88 私下给你处理，QQ 也行：2871530046';
const UNPAID_TTL: Record<Skin, number> = { kameng: 15 * 60_000, dujiaoka: 5 * 60_000, acg: 30 * 60_000 };

export class Store {
  readonly orders = new Map<string, Order>();
  private readonly redeemable = new Map<string, { used: boolean }>();
  private readonly timers = new Map<string, (() => void)[]>();
  private msgSeq = 0;

  constructor(readonly clock: Clock) {}

  get(orderNo: string): Order | undefined {
    return this.orders.get(orderNo);
  }

  list(skin: Skin): Order[] {
    return [...this.orders.values()].filter((o) => o.skin === skin).sort((a, b) => b.createdAt - a.createdAt);
  }

  create(input: CreateOrderInput): Order {
    const goodsId = input.goodsId ?? SCENARIO_GOODS[input.scenario];
    const goods = findGoods(goodsId);
    if (!goods) throw new StoreError(400, `unknown goodsId ${goodsId} (known: 1-8)`);
    const at = input.at ?? this.clock.now();
    const skin = input.skin ?? 'kameng';
    const quantity = input.quantity ?? (input.scenario === 'partial' ? 2 : 1);
    const delivery: DeliveryKind = input.scenario === 'manual-topup' ? 'topup' : goods.delivery;
    const order: Order = {
      orderNo: this.newOrderNo(skin, at),
      skin,
      scenario: input.scenario,
      goodsId: goods.id,
      goodsName: input.goodsName ?? goods.name,
      unitPrice: goods.price,
      quantity,
      amount: goods.price * quantity,
      payMethod: input.payMethod ?? 'wechat',
      delivery,
      promise:
        input.promise ??
        (delivery === 'topup' && goods.delivery !== 'topup' ? '人工直充，付款后2小时内到账' : goods.promise),
      noRefund: input.scenario === 'no-refund' || goods.noRefund === true,
      account: delivery === 'topup' ? (input.account ?? '13812345678') : undefined,
      email: input.email ?? 'buyer2024@qq.com',
      delaySeconds: input.delaySeconds ?? 120,
      createdAt: at,
      shipped: 'none',
      keys: [],
      messages: [],
    };
    this.orders.set(order.orderNo, order);
    this.post(order, 'merchant', GREETING, at);
    if (input.paid === false) {
      this.schedule(order, () => this.close(order), UNPAID_TTL[skin] - (this.clock.now() - at));
    } else this.pay(order, at);
    return order;
  }

  pay(order: Order, at = this.clock.now()): void {
    if (order.paidAt !== undefined) return;
    if (order.closedAt !== undefined) throw new StoreError(409, '订单已关闭，无法支付');
    order.paidAt = at;
    this.cancelTimers(order);
    this.post(order, 'system', `买家已付款 ${yuan(order.amount)}，等待商家发货`, at);
    if (order.scenario === 'offsite') this.post(order, 'merchant', OFFSITE_TEXT, at);
    const s = order.scenario;
    if (s === 'partial') this.ship(order, Math.max(0, order.quantity - 1), at);
    else if (s === 'late') {
      const wait = order.delaySeconds * 1000 - (this.clock.now() - at);
      this.schedule(order, () => this.deliver(order), wait);
    } else if (s !== 'never' && s !== 'offsite' && s !== 'manual-topup') this.ship(order, order.quantity, at);
  }

  /** Completes delivery (control API / late timer). `fail` marks 发货失败 instead. */
  deliver(order: Order, opts: { fail?: boolean } = {}): void {
    if (order.paidAt === undefined) {
      throw new StoreError(409, 'order is not paid yet (POST /__control/orders/:no/pay first)');
    }
    if (order.shipped === 'full') return;
    this.cancelTimers(order);
    if (opts.fail) {
      order.shipped = 'failed';
      this.post(order, 'system', '发货失败：商品库存不足，请联系商家处理', this.clock.now());
      return;
    }
    this.ship(order, order.quantity, this.clock.now());
  }

  private ship(order: Order, count: number, at: number): void {
    if (order.delivery === 'topup') {
      order.topupNote = `充值成功：已为账号 ${order.account ?? ''} 充值到账，请注意查收运营商短信`;
    } else {
      const goods = findGoods(order.goodsId);
      while (order.keys.length < count && goods) {
        const key = makeKey(goods.keyStyle);
        const entry = { used: order.scenario === 'invalid-key' };
        for (const form of redeemForms(key)) this.redeemable.set(form, entry);
        order.keys.push(key);
      }
    }
    const full = order.delivery === 'topup' || order.keys.length >= order.quantity;
    if (order.keys.length === 0 && !full) return;
    order.shipped = full ? 'full' : 'partial';
    order.deliveredAt = at;
    this.post(
      order,
      'system',
      full ? '商家已发货，请在订单详情查看' : '商家已部分发货，剩余商品请联系商家',
      at,
    );
  }

  close(order: Order): void {
    if (order.paidAt === undefined && order.closedAt === undefined) order.closedAt = this.clock.now();
  }

  post(order: Order, from: MessageFrom, text: string, at = this.clock.now()): ChatMessage {
    const author = from === 'merchant' ? MERCHANT_NAME : from === 'buyer' ? '我' : '系统通知';
    const msg: ChatMessage = { id: ++this.msgSeq, from, author, text, at };
    order.messages.push(msg);
    return msg;
  }

  redeem(input: string): 'used' | 'not-found' | 'success' {
    const entry = this.redeemable.get(normaliseKey(input));
    if (!entry) return 'not-found';
    if (entry.used) return 'used';
    entry.used = true;
    return 'success';
  }

  schedule(order: Order, fn: () => void, ms: number): void {
    const list = this.timers.get(order.orderNo) ?? [];
    list.push(this.clock.setTimer(fn, ms));
    this.timers.set(order.orderNo, list);
  }

  private cancelTimers(order: Order): void {
    for (const cancel of this.timers.get(order.orderNo) ?? []) cancel();
    this.timers.delete(order.orderNo);
  }

  reset(): void {
    for (const o of this.orders.values()) this.cancelTimers(o);
    this.orders.clear();
    this.redeemable.clear();
  }

  private newOrderNo(skin: Skin, at: number): string {
    for (;;) {
      const no =
        skin === 'dujiaoka'
          ? randomUpperAlnum(16)
          : skin === 'acg'
            ? `${randomDigits(3)}${stamp(at).slice(2)}${randomDigits(3)}`
            : `KM${stamp(at)}${randomDigits(4)}`;
      if (!this.orders.has(no)) return no;
    }
  }
}
