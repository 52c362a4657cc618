/** Sentence parts shared by the three texts. Pure functions of ComposeFacts; zh-CN first, English second. */
import type { Ask, ComposeFacts, Problem, Text } from './facts';
import { durationEn, durationZh, maskKey, money, timeCst } from './format';

const keysZh = (f: ComposeFacts) =>
  f.keys.length ? `（${f.keys.slice(0, 3).map(maskKey).join('、')}${f.keys.length > 3 ? '等' : ''}）` : '';
const keysEn = (f: ComposeFacts) =>
  f.keys.length ? ` (${f.keys.slice(0, 3).map(maskKey).join(', ')}${f.keys.length > 3 ? ', …' : ''})` : '';
const amt = (f: ComposeFacts) => (f.amount === null ? '' : money(f.amount));

/** "订单号X（商品），2026-11-26 14:03 付款¥30.00" */
export function orderLine(f: ComposeFacts): Text {
  const paidZh = f.paidAt
    ? `，${timeCst(f.paidAt)} 付款${amt(f)}`
    : f.amount !== null
      ? `，金额${amt(f)}`
      : '';
  const paidEn = f.paidAt
    ? `, paid ${amt(f)} at ${timeCst(f.paidAt)} (UTC+8)`
    : f.amount !== null
      ? `, ${amt(f)}`
      : '';
  return {
    zh: `订单号${f.orderNo}${f.product ? `（${f.product}）` : ''}${paidZh}`,
    en: `order ${f.orderNo}${f.product ? ` (${f.product})` : ''}${paidEn}`,
  };
}

const DELIVERY: Problem[] = ['not_delivered', 'partial_delivery', 'late_cancelled', 'late_used'];

/** The promises: delivery (with how far it was missed) for delivery problems, and any after-sales promise. */
export function promiseLine(f: ComposeFacts): Text {
  const out = { zh: '', en: '' };
  if (f.promiseText && DELIVERY.includes(f.problem)) {
    const over = f.breachMinutes ?? f.lateMinutes;
    const late = f.breachMinutes !== null ? ['已超时', 'overdue'] : ['实际晚了', 'late'];
    out.zh += `商家承诺“${f.promiseText}”${over ? `，${late[0]}${durationZh(over)}` : ''}。`;
    out.en += `The merchant promised "${f.promiseText}"${over ? `; ${durationEn(over)} ${late[1]}` : ''}. `;
  }
  if (f.afterSalesPromise) {
    out.zh += `商家售后承诺“${f.afterSalesPromise}”。`;
    out.en += `The merchant's after-sales promise: "${f.afterSalesPromise}". `;
  }
  return out;
}

export function problemLine(f: ComposeFacts): Text {
  const fz = f.failure?.zh ?? '无法兑换';
  const fe = f.failure?.en ?? 'cannot be redeemed';
  const n = `${f.invalidKeys ?? '部分'}`;
  const unused = f.keyUnused ? { zh: '，卡密未使用', en: '; the key is unused' } : { zh: '', en: '' };
  const P: Record<Problem, Text> = {
    not_delivered: { zh: '至今未发货', en: 'nothing has been delivered' },
    partial_delivery: { zh: '只发了部分货，其余未发货', en: 'only part of the order was delivered' },
    not_credited: {
      zh: '直充显示成功，但充值账户没有到账',
      en: 'the recharge shows success but never reached the account',
    },
    late_cancelled: {
      zh: `我在发货前已申请取消，商家仍${f.deliveredAt ? `于${timeCst(f.deliveredAt)}` : ''}发货`,
      en: `I asked to cancel before delivery, yet it was delivered${f.deliveredAt ? ` at ${timeCst(f.deliveredAt)}` : ''}`,
    },
    late_used: { zh: '发货晚于承诺时间', en: 'delivery came later than promised' },
    invalid_key: {
      zh: `收到的卡密${keysZh(f)}在官方兑换页提示“${fz}”，无法使用`,
      en: `the key${keysEn(f)} fails on the official redeem page: "${fe}"`,
    },
    partial_invalid: {
      zh: `${f.totalKeys ?? ''}个卡密中有${n}个在官方兑换页提示“${fz}”，无法使用`,
      en: `${f.invalidKeys ?? 'some'} of ${f.totalKeys ?? 'the'} keys fail on the official redeem page: "${fe}"`,
    },
    mismatch: { zh: '收到的商品与商品页描述不符', en: 'the item differs from the listing' },
    physical_return: {
      zh: '实体卡未拆封、未激活，仍在签收后7日内，申请七日无理由退货',
      en: 'the physical card is unopened and unactivated, within 7 days of signing: I return it without reason',
    },
    physical_opened: { zh: '实体卡已拆封', en: 'the physical card has been opened' },
    changed_mind: { zh: `我已不需要这件商品${unused.zh}`, en: `I no longer need the item${unused.en}` },
    buyer_mistake: {
      zh: `我下单时选错了商品${unused.zh}`,
      en: `I ordered the wrong item by mistake${unused.en}`,
    },
    other: { zh: '订单需要售后处理', en: 'the order needs after-sales help' },
  };
  return P[f.problem];
}

/** The request ("请补发有效卡密，或原路退款¥30.00"). */
export function askLine(f: ComposeFacts): Text {
  const a = amt(f);
  const part = f.refundAmount === null ? '' : money(f.refundAmount);
  const A: Record<Ask, Text> = {
    deliver_or_refund: {
      zh: `请尽快发货，或原路退款${a}`,
      en: `please deliver now or refund ${a} to the original payment method`,
    },
    replace_or_refund: {
      zh: `请补发有效卡密，或原路退款${a}`,
      en: `please send a working key or refund ${a} to the original payment method`,
    },
    partial: {
      zh: `请补发无效的卡密，或原路退还无效部分${part}`,
      en: `please replace the invalid keys or refund ${part || 'that part'} to the original payment method`,
    },
    refund: { zh: `请原路退款${a}`, en: `please refund ${a} to the original payment method` },
    return: {
      zh: `请提供退货地址，收到退货后原路退款${a}`,
      en: `please give a return address and refund ${a} once the card is back`,
    },
    negotiate: {
      zh: '能否换成正确的商品、延期使用或退款',
      en: 'could you exchange it, extend it, or refund it',
    },
  };
  return A[f.ask];
}

/** What was asked, as a noun phrase ("补发有效卡密或退款"). */
export function askNoun(ask: Ask): Text {
  const N: Record<Ask, Text> = {
    deliver_or_refund: { zh: '发货或退款', en: 'delivery or a refund' },
    replace_or_refund: { zh: '补发有效卡密或退款', en: 'a working key or a refund' },
    partial: { zh: '补发或退还无效部分', en: 'replacement or a refund of the invalid part' },
    refund: { zh: '退款', en: 'a refund' },
    return: { zh: '退货退款', en: 'a return and refund' },
    negotiate: { zh: '换货、延期或退款', en: 'an exchange, extension or refund' },
  };
  return N[ask];
}

/** The merchant's answer so far: refused at …, no reply within the window, or pending. */
export function replyLine(f: ComposeFacts): Text {
  if (f.merchantRefusedAt)
    return {
      zh: `商家于${timeCst(f.merchantRefusedAt)}拒绝`,
      en: `the merchant refused at ${timeCst(f.merchantRefusedAt)}`,
    };
  if (f.replyDeadline && Date.parse(f.now) >= Date.parse(f.replyDeadline))
    return {
      zh: `商家超过${f.replyHours}小时未处理（期限${timeCst(f.replyDeadline)}）`,
      en: `the merchant did not act within ${f.replyHours} h (deadline ${timeCst(f.replyDeadline)})`,
    };
  return { zh: '商家尚未答复', en: 'no answer yet' };
}
