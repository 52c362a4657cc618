/** Rules R1–R15 of shared/domain/refund-rules.md (a): condition, outcome, basis, evidence. Data only. */
import type { EvidenceCode } from './input';

export type Verdict = 'ELIGIBLE' | 'CONSENT' | 'UNLIKELY' | 'UNKNOWN';
export const RULE_IDS = [
  'R1',
  'R2',
  'R2b',
  'R3',
  'R3b',
  'R4',
  'R5',
  'R6',
  'R7',
  'R8',
  'R9',
  'R10',
  'R11',
  'R12',
  'R13',
  'R14',
  'R15',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface Citation {
  ref: string;
  zh: string;
  en: string;
}
export interface RuleDef {
  /** The row's own outcome; null = a modifier (R11, R13, R14) that never decides alone. */
  outcome: Verdict | null;
  conditionZh: string;
  conditionEn: string;
  basis: Citation[];
  evidence: EvidenceCode[];
}

const c = (ref: string, zh: string, en: string): Citation => ({ ref, zh, en });
const L1 = (zh: string, en: string) =>
  c(`L1 Art. ${en}`, `《消费者权益保护法》${zh}`, `Consumer Rights Protection Law Art. ${en}`);
const L2 = (zh: string, en: string) => c(`L2 Art. ${en}`, `《电子商务法》${zh}`, `E-Commerce Law Art. ${en}`);
const L3 = (zh: string, en: string) =>
  c(
    `L3 Art. ${en}`,
    `《网络购买商品七日无理由退货暂行办法》${zh}`,
    `7-Day No-Reason Return Measures Art. ${en}`,
  );
const L4 = (zh: string, en: string) =>
  c(`L4 Art. ${en}`, `《网络交易监督管理办法》${zh}`, `Online Transaction Supervision Measures Art. ${en}`);
const L5 = (zh: string, en: string) =>
  c(
    `L5 Art. ${en}`,
    `《消费者权益保护法实施条例》${zh}`,
    `CRPL Implementing Regulations Art. ${en} (unverified)`,
  );
const L6 = (zh: string, en: string) =>
  c(
    `L6 Art. ${en}`,
    `《侵害消费者权益行为处罚办法》${zh}`,
    `Measures on Penalties for Infringing Consumer Rights Art. ${en}`,
  );
const L8 = (zh: string, en: string) =>
  c(`L8 Art. ${en}`, `法释〔2022〕8号${zh}`, `SPC Online Consumer Disputes Provisions (I) Art. ${en}`);
const L9 = (zh: string, en: string) => c(`L9 Art. ${en}`, `《民法典》${zh}`, `Civil Code Art. ${en}`);
const P1 = (zh: string, en: string) =>
  c(`P1 Art. ${en}`, `《淘宝平台争议处理规则》${zh}`, `Taobao Dispute Rules Art. ${en}`);
const P2 = (zh: string, en: string) =>
  c(`P2 Art. ${en}`, `《京东开放平台交易纠纷处理总则》${zh}`, `JD Dispute Rules Art. ${en}`);

const R3_EVIDENCE: EvidenceCode[] = ['E1', 'E2', 'E3', 'E4', 'E5'];
const R3_BASIS = [
  L1('第二十三条、第二十四条', '23, 24'),
  L3('第三十五条', '35'),
  L9('第五百八十二条', '582'),
  P1('第二十一条第（二）项', '21(2)'),
];

export const RULES: Record<RuleId, RuleDef> = {
  R1: {
    outcome: 'ELIGIBLE',
    conditionZh: '已付款，未交付（无卡密、直充未到账）',
    conditionEn: 'paid, nothing delivered (no key, no recharge)',
    basis: [
      L2('第二十条、第七十四条', '20, 74'),
      L9('第五百七十七条、第五百六十三条第一款第（三）项、第五百六十六条', '577, 563(3), 566'),
      L1('第五十三条（存疑）', '53 (arguable)'),
      P1('第三十八条、第五条第（三）项', '38, 5(3)'),
      P2('第三十三条', '33'),
    ],
    evidence: ['E1', 'E2', 'E3', 'E6'],
  },
  R2: {
    outcome: 'ELIGIBLE',
    conditionZh: '发货前已申请取消（晚于承诺发货），卡密未使用',
    conditionEn: 'asked to cancel before (late) delivery, key unused',
    basis: [
      L2('第二十条', '20'),
      L9('第五百六十三条第一款第（三）（四）项', '563(3)/(4)'),
      P1('第二十七条', '27'),
    ],
    evidence: ['E1', 'E3', 'E6'],
  },
  R2b: {
    outcome: 'CONSENT',
    conditionZh: '迟延发货，卡密有效，已使用或已确认收货',
    conditionEn: 'delivered late, key works, used or receipt confirmed',
    basis: [P1('第三十三条', '33')],
    evidence: ['E1', 'E3', 'E6'],
  },
  R3: {
    outcome: 'ELIGIBLE',
    conditionZh: '卡密无效：已被使用／不存在／已过期／面值或地区不符',
    conditionEn: 'key invalid: used / not found / expired / wrong value or region',
    basis: R3_BASIS,
    evidence: R3_EVIDENCE,
  },
  R3b: {
    outcome: 'ELIGIBLE',
    conditionZh: '卡密无效，且商家明知出售已用或假卡密',
    conditionEn: 'key invalid and the merchant knowingly sold used or fake keys',
    basis: [L6('第五条第（七）（十）项、第十六条第二款', '5(7)/(10), 16 ¶2'), L1('第五十五条', '55')],
    evidence: R3_EVIDENCE,
  },
  R4: {
    outcome: 'UNLIKELY',
    conditionZh: '卡密已交付、有效、未动用，买家改变主意',
    conditionEn: 'valid key delivered, buyer changed their mind',
    basis: [L1('第二十五条第一款第（三）项', '25 ¶1(3)'), L3('第六条第（三）项', '6(3)')],
    evidence: [],
  },
  R5: {
    outcome: 'CONSENT',
    conditionZh: '买家自身失误：面值、地区、平台、充值账号选错或重复下单',
    conditionEn: 'buyer mistake: wrong value, region, platform, account, or duplicate order',
    basis: [L2('第五十条第二款（辅助论据）', '50 ¶2 (supporting)')],
    evidence: ['E1', 'E3'],
  },
  R6: {
    outcome: 'ELIGIBLE',
    conditionZh: '直充显示成功但账户未到账',
    conditionEn: 'recharge marked successful but the account was not credited',
    basis: [L2('第二十条、第六十二条', '20, 62'), L9('第五百七十七条', '577'), P1('第三十八条', '38')],
    evidence: ['E1', 'E2', 'E8'],
  },
  R7: {
    outcome: 'ELIGIBLE',
    conditionZh: '实体卡未拆封、未激活，签收次日起7日内',
    conditionEn: 'physical card unopened and unactivated, within 7 days from the day after signing',
    basis: [
      L1('第二十五条', '25'),
      L3('第七条第（二）项、第八条至第十条、第十三条、第十八条、第二十条第二款', '7(2), 8–10, 13, 18, 20 ¶2'),
      L5('第十九条', '19'),
    ],
    evidence: ['E1', 'E2', 'E6', 'E9'],
  },
  R8: {
    outcome: 'UNLIKELY',
    conditionZh: '实体卡已刮开、拆封或激活，且无质量问题',
    conditionEn: 'physical card scratched, opened or activated, no defect',
    basis: [L3('第七条第（二）项、第二十条', '7(2), 20'), L8('第三条', '3')],
    evidence: ['E9'],
  },
  R9: {
    outcome: 'ELIGIBLE',
    conditionZh: '交付的商品与商品页描述不符（有效期、地区、官方正品、数量）',
    conditionEn: 'delivered item differs from the listing (validity, region, "official", quantity)',
    basis: [
      L1('第二十条、第二十三条第二款', '20, 23 ¶2'),
      L2('第十七条', '17'),
      L4('第十九条', '19'),
      P2('第十八条', '18'),
      P1('第七十三条、第七十八条', '73, 78'),
    ],
    evidence: ['E4', 'E5', 'E6'],
  },
  R10: {
    outcome: 'ELIGIBLE',
    conditionZh: '商家承诺了更优条件（无效包换／包退、7天无理由、售后X小时）且覆盖本情形',
    conditionEn:
      'merchant promised better terms (replace/refund, 7-day no-reason, after-sales X h) covering this case',
    basis: [L8('第二条、第十条', '2, 10'), P1('第十五条', '15')],
    evidence: ['E3', 'E6'],
  },
  R11: {
    outcome: null,
    conditionZh: '商家以“虚拟商品一经售出概不退换”类声明拒绝退款',
    conditionEn: 'merchant relies on a "virtual goods: no refunds" notice',
    basis: [
      L1('第二十六条', '26'),
      L4('第二十一条第（一）（二）（五）项', '21(1)(2)(5)'),
      L6('第十二条', '12'),
      L8('第一条', '1'),
      L9('第四百九十六条、第四百九十七条', '496–497'),
      P1('第十三条', '13'),
      P2('第二十一条', '21'),
    ],
    evidence: ['E6'],
  },
  R12: {
    outcome: 'ELIGIBLE',
    conditionZh: '多张卡密中部分无效',
    conditionEn: 'part of a multi-key order is invalid',
    basis: [L9('第五百八十二条', '582'), L1('第五十二条', '52')],
    evidence: R3_EVIDENCE,
  },
  R13: {
    outcome: null,
    conditionZh: '商家失联、关店或拒绝处理',
    conditionEn: 'merchant unreachable, shop closed, or refuses',
    basis: [
      L1('第四十四条', '44'),
      L3('第二十四条', '24'),
      L2('第六十一条', '61'),
      L6('第八条至第十条', '8–10'),
    ],
    evidence: ['E1', 'E2', 'E3', 'E7'],
  },
  R14: {
    outcome: null,
    conditionZh: '在闲鱼等二手平台向个人卖家购买',
    conditionEn: 'bought from an individual seller on a second-hand platform',
    basis: [L8('第七条', '7'), L9('第五百七十七条、第五百六十三条', '577, 563')],
    evidence: [],
  },
  R15: {
    outcome: 'UNLIKELY',
    conditionZh: '已接受商家退款（部分或全部）且已支付',
    conditionEn: 'a refund (partial or full) was accepted and paid',
    basis: [P1('第六条第（三）项', '6(3)'), P2('第五条第（一）项第7目', '5(1)7')],
    evidence: [],
  },
};
