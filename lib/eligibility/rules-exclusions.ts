/** Order of checks, last: statutory exclusions (R4, R8), the physical no-reason return (R7), buyer mistakes (R5). */
import { hit, miss, type Check } from './rule-eval';

/** R4: valid digital goods, change of mind → excluded from 7-day return (消法 Art. 25 ¶1(3); 七日办法 Art. 6(3)). */
export const R4: Check = (s) => {
  const o = s.order;
  if (o.itemType !== 'virtual' || s.delivered !== true || s.facts.changedMind !== true || s.keyInvalid)
    return miss();
  return hit(
    '数字商品已交付且有效，改变主意不适用七日无理由退货',
    'digital goods delivered and valid: a change of mind is excluded from 7-day returns',
  );
};

/** R8: physical card scratched / opened / activated, no defect → excluded (七日办法 Art. 7(2), 20). */
export const R8: Check = (s) =>
  s.order.itemType === 'physical' && s.facts.physicalOpened === true && !s.keyInvalid
    ? hit(
        '实体卡已刮开、拆封或激活：通常不适用无理由退货（仅为检查而拆封的除外，法释〔2022〕8号第三条）',
        'physical card opened or activated: no-reason return usually excluded (opening only to inspect is not, L8 Art. 3)',
      )
    : miss();

/** R7: physical card unopened, within 7 days from the day after signing → no-reason return (消法 Art. 25). */
export const R7: Check = (s) => {
  if (s.order.itemType !== 'physical' || s.facts.physicalOpened !== false) return miss();
  if (s.returnWindowEnd === null) return miss('签收时间未知', 'signing time unknown');
  if (s.now >= s.returnWindowEnd)
    return miss('签收次日起7日的无理由退货期已过', 'the 7-day no-reason window has passed');
  // R14: a private (non-business) seller owes no 消法 no-reason return; only agreement remains.
  const privateSeller = s.facts.individualSeller === true && s.facts.sellerInBusiness === false;
  return hit(
    privateSeller
      ? '实体卡未拆封，但卖家不是经营者：无理由退货需其同意'
      : '实体卡未拆封、未激活，在7日无理由退货期内',
    privateSeller
      ? 'unopened card, but the seller is no business: return needs their consent'
      : 'unopened, unactivated card within the 7-day no-reason window',
    privateSeller ? 'CONSENT' : undefined,
  );
};

/** R5: buyer-side mistake → merchant's consent; unlikely once the value is consumed (no statutory right). */
export const R5: Check = (s) => {
  if (!s.paid || s.facts.buyerMistake !== true) return miss();
  const consumed = s.facts.keyUsedByBuyer === true || (s.directCharge && s.facts.accountCredited === true);
  if (consumed)
    return hit(
      '买家失误，且卡密已使用或直充已到账：退款可能性很低',
      'buyer mistake, and the key was used or the recharge credited: a refund is unlikely',
      'UNLIKELY',
    );
  return hit(
    '买家自身失误：需商家同意（卡密未使用时较有希望）',
    'buyer mistake: needs the merchant’s consent (likelier while unused)',
  );
};
