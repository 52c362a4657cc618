/** Order of checks, step 1: delivery status (R1, R2, R2b, R6). */
import { durationEn, durationZh } from '../compose/format';
import { hit, miss, type Check } from './rule-eval';

/** R1: paid, nothing (or only part) delivered → full refund (电商法 Art. 20; 民法典 Art. 577, 563(3)). */
export const R1: Check = (s) => {
  if (!s.paid) return miss('订单未付款', 'the order is not paid');
  if (s.partial) return hit('部分发货：未交付的部分应退款', 'partly delivered: the undelivered part is owed');
  if (s.delivered !== false) return miss();
  if (s.breachMinutes !== null)
    return hit(
      `已付款未发货，已超过承诺发货时间${durationZh(s.breachMinutes)}`,
      `paid, not delivered, ${durationEn(s.breachMinutes)} past the promised time`,
    );
  // Before the promised time the buyer may still ask: the seller then needs consent to deliver (P1 Art. 27).
  return hit(
    s.dueAt !== null ? '已付款未发货（承诺发货时间未到）' : '已付款未发货',
    s.dueAt !== null ? 'paid, not delivered (promised time not yet reached)' : 'paid, not delivered',
  );
};

/** R2: cancel request before a (late) delivery, key untouched → refund (P1 Art. 27). */
export const R2: Check = (s) => {
  if (s.delivered !== true || s.facts.deliveredAfterCancelRequest !== true) return miss();
  if (s.usedOrConfirmed)
    return miss('卡密已使用或已确认收货（见R2b）', 'key used or receipt confirmed (see R2b)');
  const late = s.lateMinutes ? `，晚于承诺${durationZh(s.lateMinutes)}` : '';
  const lateEn = s.lateMinutes ? `, ${durationEn(s.lateMinutes)} after the promised time` : '';
  return hit(
    `发货前已申请取消，商家仍发货${late}`,
    `asked to cancel before delivery; delivered anyway${lateEn}`,
  );
};

/** R2b: late, key works, used or receipt confirmed → only with the seller's agreement (P1 Art. 33). */
export const R2b: Check = (s) => {
  const lateOrCancelled = s.facts.deliveredAfterCancelRequest === true || s.late === true;
  if (s.delivered !== true || !lateOrCancelled || !s.usedOrConfirmed || s.keyInvalid) return miss();
  return hit(
    '迟延发货，但卡密已使用或已确认收货：只能与商家协商补偿',
    'delivered late but the key was used or receipt confirmed: compensation by agreement only',
  );
};

/** R6: 直充 marked successful, account not credited → as R1 (电商法 Art. 62: seller proves delivery). */
export const R6: Check = (s) => {
  if (!s.directCharge || s.delivered !== true) return miss();
  if (s.facts.accountCredited !== false)
    return miss('直充账户是否到账未知或已到账', 'recharge arrival unknown or credited');
  return hit('直充显示成功，但充值账户未到账', 'recharge marked successful but the account was not credited');
};
