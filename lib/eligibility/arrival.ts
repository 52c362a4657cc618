/** Step 5: compare what arrived with what was due; a shortfall triggers the fee check and advice. Pure. */
import type { CaseState } from './case-model';

export interface ArrivalAdvice {
  id: 'fee' | 'mixed_payment' | 'coupons' | 'partial_accepted' | 'ask_platform';
  zh: string;
  en: string;
}
export interface ArrivalCheck {
  status: 'pending' | 'match' | 'short';
  expected: number | null;
  arrived: number | null;
  /** expected − arrived, in yuan (positive = short). */
  difference: number;
  advice: ArrivalAdvice[];
}

export function arrivalCheck(s: CaseState): ArrivalCheck {
  const a = s.arrival;
  if (!a)
    return {
      status: 'pending',
      expected: s.refund?.amount ?? s.orderAmount,
      arrived: null,
      difference: 0,
      advice: [],
    };
  const diff = a.expected === null ? 0 : Math.round((a.expected - a.amount) * 100) / 100;
  const advice: ArrivalAdvice[] = [];
  if (s.orderAmount !== null && a.expected !== null && a.expected < s.orderAmount)
    advice.push({
      id: 'partial_accepted',
      zh: '约定的是部分退款：到账后争议通常视为已解决（R15）。',
      en: 'This was a partial refund: once paid, the dispute counts as settled (R15).',
    });
  if (diff <= 0)
    return { status: 'match', expected: a.expected, arrived: a.amount, difference: diff, advice };
  // A shortfall of about a payment fee (≤ 1 %, min ¥0.01) is most likely a fee deduction.
  const feeLike = a.expected !== null && diff <= Math.max(0.01, a.expected * 0.01);
  advice.push(
    {
      id: 'fee',
      zh: `少到账¥${diff.toFixed(2)}${feeLike ? '，金额接近手续费' : ''}：只有你支付的信用卡手续费可以扣除（七日办法第十六条），商家自己的支付通道费不应由你承担。`,
      en: `¥${diff.toFixed(2)} short${feeLike ? ', about a payment fee' : ''}: only credit-card fees you paid may be withheld (L3 Art. 16); the merchant’s own processing fee is not yours.`,
    },
    {
      id: 'mixed_payment',
      zh: '如果是组合支付，各支付方式会按各自金额分别原路退回，请检查其他渠道（七日办法第十四条第二款）。',
      en: 'For a mixed payment each method is refunded its own part: check the other channels (L3 Art. 14 ¶2).',
    },
    {
      id: 'coupons',
      zh: '优惠券、积分按原样退回，不折成现金（七日办法第十五条）。',
      en: 'Coupons and points come back in kind, not as cash (L3 Art. 15).',
    },
    {
      id: 'ask_platform',
      zh: '仍有差额时，请联系平台客服核实原因，保留到账截图。',
      en: 'If a gap remains, ask platform support why and keep a screenshot of what arrived.',
    },
  );
  return { status: 'short', expected: a.expected, arrived: a.amount, difference: diff, advice };
}
