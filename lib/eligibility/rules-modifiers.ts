/** Rows that never decide alone: R11 (void notice), R13 (merchant gone/refuses), R14 (private seller), and R15. */
import type { Verdict } from './rule-table';
import { hit, miss, type Eval } from './rule-eval';
import type { Situation } from './situation';

/** R15: a refund agreed and paid closes the dispute on platforms (P1 Art. 6(3); P2 Art. 5(1)7). */
export const R15 = (s: Situation): Eval =>
  s.settled
    ? hit(
        '已接受并收到商家退款：平台通常不再受理对已履行协议的反悔',
        'a refund was accepted and paid: platforms do not reopen a performed settlement',
      )
    : miss();

/** R11: "概不退换" does not defeat a claim the law gives (消法 Art. 26: such clauses are void). */
export const R11 = (s: Situation, base: Verdict): Eval => {
  if (!s.noRefundNotice) return miss();
  if (base !== 'ELIGIBLE')
    return miss(
      '声明无效，但本情形本就没有法定退款权',
      'the notice is void, but this case has no statutory right anyway',
    );
  return hit(
    '“虚拟商品一经售出概不退换”类声明无效，不影响本次退款权利',
    'the "virtual goods: no refunds" notice is void and does not defeat this claim',
  );
};

/** R13: merchant unreachable or refusing → the claim moves to the platform and 12315 (消法 Art. 44). */
export const R13 = (s: Situation, base: Verdict): Eval => {
  const { merchantRefused: refused, merchantUnreachable: gone } = s.facts;
  if (refused !== true && gone !== true) return miss();
  if (base === 'UNLIKELY' && refused === true)
    return miss(
      '商家拒绝，而本情形需商家同意：退款无望',
      'the merchant refused and this case needed their consent',
    );
  if (base !== 'ELIGIBLE') return miss();
  return hit(
    gone === true ? '商家失联或关店：向平台和监管部门主张' : '商家拒绝退款：申请平台介入，可向12315投诉',
    gone === true
      ? 'merchant unreachable or closed: claim against the platform and the regulator'
      : 'merchant refuses: ask the platform to intervene; 12315 complaint possible',
  );
};

/** R14: second-hand platform seller: consumer law only if trading as a business (法释〔2022〕8号 Art. 7). */
export const R14 = (s: Situation): Eval => {
  if (s.facts.individualSeller !== true) return miss();
  const biz = s.facts.sellerInBusiness;
  return hit(
    biz === false
      ? '个人卖家、非经营者：仅适用合同法（民法典）'
      : biz
        ? '卖家实为经营者：适用消费者权益保护法'
        : '个人卖家：是否为经营者将决定是否适用消法',
    biz === false
      ? 'private seller, not a business: contract law only (Civil Code)'
      : biz
        ? 'the seller trades as a business: consumer law applies'
        : 'private seller: whether they trade as a business decides if consumer law applies',
  );
};
