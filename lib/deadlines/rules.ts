/**
 * Case deadlines as data, per platform family (../shared/domain/refund-rules.md (b), platforms.md §11). No
 * statute sets 24/48 h: those are platform rules; the legal outer bound for a merchant's handling is 15 days.
 * Every value can be overridden per family in settings (`deadlineOverrides[family][ruleId]`, hours).
 */
export type Anchor = 'paid' | 'delivered' | 'refundRequested';

export interface DeadlineRule {
  id: string;
  zh: string;
  en: string;
  anchor: Anchor;
  hours: number;
  /** closes: act before it; opens: a next step becomes available at it. */
  kind: 'closes' | 'opens';
  basis: string;
  basisEn: string;
  /** Only for orders paid this way (WeChat's 365-day original-route refund limit). */
  payMethod?: RegExp;
}

type Basis = [zh: string, en: string];

const MERCHANT_REPLY = (hours: number, [basis, basisEn]: Basis): DeadlineRule => ({
  id: 'merchant-reply',
  zh: '商家处理退款申请的期限',
  en: 'Merchant must answer the refund request',
  anchor: 'refundRequested',
  hours,
  kind: 'closes',
  basis,
  basisEn,
});
const INTERVENTION = (hours: number, [basis, basisEn]: Basis): DeadlineRule => ({
  id: 'intervention',
  zh: '可申请平台介入',
  en: 'Platform intervention available',
  anchor: 'refundRequested',
  hours,
  kind: 'opens',
  basis,
  basisEn,
});
const COMPLAINT = (anchor: Anchor, hours: number, [basis, basisEn]: Basis): DeadlineRule => ({
  id: 'complaint-window',
  zh: '平台投诉期限',
  en: 'Complaint window closes',
  anchor,
  hours,
  kind: 'closes',
  basis,
  basisEn,
});

/** Bounds that hold whatever the platform. */
const COMMON: DeadlineRule[] = [
  {
    id: 'legal-15-days',
    zh: '商家处理期限（法定上限 15 日）',
    en: 'Legal bound for the merchant (15 days)',
    anchor: 'refundRequested',
    hours: 15 * 24,
    kind: 'closes',
    basis: '《侵害消费者权益行为处罚办法》第八条、第十条',
    basisEn: 'Measures on Penalties for Infringing Consumer Rights Art. 8, 10',
  },
  {
    id: 'wechat-365',
    zh: '微信支付原路退款期限（365 天）',
    en: 'WeChat Pay original-route refund limit (365 days)',
    anchor: 'paid',
    hours: 365 * 24,
    kind: 'closes',
    basis: '微信支付退款规则：支付后 365 天内可原路退款',
    basisEn: 'WeChat Pay refund rules: original-route refunds within 365 days of payment',
    payMethod: /微信/,
  },
];

export const FAMILY_RULES: Record<string, DeadlineRule[]> = {
  'demo-kameng': [
    MERCHANT_REPLY(24, [
      '星辰卡盟售后规则：商家 24 小时内处理',
      'Xingchen Kameng after-sales rules: the merchant answers within 24 h',
    ]),
    INTERVENTION(24, [
      '星辰卡盟：商家超时或拒绝后可申请平台介入',
      'Xingchen Kameng: platform intervention once the merchant is late or refuses',
    ]),
  ],
  'qs-faka': [
    COMPLAINT('paid', 24, [
      '企业发卡：平台只处理 24 小时内订单',
      'qs-faka: the platform only handles orders within 24 h',
    ]),
    INTERVENTION(24, [
      '企业发卡：24 小时未解决可平台介入',
      'qs-faka: platform intervention when unresolved after 24 h',
    ]),
  ],
  fakanet: [COMPLAINT('paid', 7 * 24, ['寄售平台：7 天内可举报投诉', 'fakanet: complaints within 7 days'])],
  caihong: [
    MERCHANT_REPLY(48, [
      '彩虹：工单处理（到账问题 24/48 小时后可提交）',
      'Caihong: tickets (delivery problems may be filed after 24/48 h)',
    ]),
  ],
  default: [
    COMPLAINT('delivered', 48, [
      '常见发卡网售后期：发货后 48 小时',
      'Usual card-shop after-sales window: 48 h after delivery',
    ]),
    MERCHANT_REPLY(48, [
      '常见平台规则：商家 24–48 小时内处理',
      'Usual platform rule: the merchant answers within 24–48 h',
    ]),
    INTERVENTION(72, [
      '常见发卡网：售后开启 72 小时后或商家明确拒绝后可申请平台介入',
      'Usual card shops: platform intervention 72 h after the after-sales request, or once the merchant refuses',
    ]),
  ],
};

export function rulesFor(
  family: string | null,
  payMethod: string | null,
  overrides: Record<string, Record<string, number>> = {},
): DeadlineRule[] {
  const key = family && family in FAMILY_RULES ? family : 'default';
  const own = overrides[key] ?? {};
  return [...FAMILY_RULES[key]!, ...COMMON]
    .filter((r) => !r.payMethod || (payMethod !== null && r.payMethod.test(payMethod)))
    .map((r) => (own[r.id] ? { ...r, hours: own[r.id]! } : r));
}

export interface Countdown {
  rule: DeadlineRule;
  at: string;
  /** closes: passed = too late; opens: passed = available now. */
  passed: boolean;
  msLeft: number;
}

/** Countdowns whose anchor has happened; rules whose anchor has not (no refund request yet) are left out. */
export function countdowns(
  rules: DeadlineRule[],
  anchors: Partial<Record<Anchor, string | null>>,
  now: Date,
): Countdown[] {
  return rules.flatMap((rule) => {
    const start = anchors[rule.anchor];
    if (!start) return [];
    const at = Date.parse(start) + rule.hours * 3_600_000;
    return [
      { rule, at: new Date(at).toISOString(), passed: at <= now.getTime(), msLeft: at - now.getTime() },
    ];
  });
}
