/** Evidence codes E1–E9 (refund-rules.md (a), (e)): labels, what the fired rules need, what the captures give. */
import type { EvidenceKind } from '../model/evidence';
import type { OrderSnapshot } from '../model/order';
import type { EvidenceCode } from './input';
import { RULES, type RuleId } from './rule-table';
import type { Situation } from './situation';

export const EVIDENCE_LABEL: Record<EvidenceCode, { zh: string; en: string }> = {
  E1: {
    zh: '订单页截图（订单号、商品、金额、付款时间、状态）',
    en: 'order page (no., item, price, paid time, status)',
  },
  E2: {
    zh: '支付凭证（微信/支付宝账单，含商户单号）',
    en: 'payment record (WeChat/Alipay bill with merchant order no.)',
  },
  E3: { zh: '与商家的聊天记录（带时间）', en: 'chat with the merchant, timestamps visible' },
  E4: { zh: '卡密交付页截图（卡密与交付时间）', en: 'the key as delivered, with delivery time' },
  E5: { zh: '官方兑换页的失败提示（最好录屏）', en: 'official redeem error (screen recording preferred)' },
  E6: { zh: '商品页与商家承诺截图', en: 'listing page and the merchant’s promises' },
  E7: {
    zh: '商家主体信息（店铺名、网址、页脚营业执照）',
    en: 'merchant identity (shop, URL, licence in the footer)',
  },
  E8: { zh: '充值账户的到账记录（直充）', en: 'recipient account’s recharge log (direct top-up)' },
  E9: { zh: '实体卡照片与快递签收记录', en: 'physical-card photos and courier signing record' },
};

/** (e): E1 and E2 are needed for every claim (L7 Art. 15(3): proof the contract exists). */
const ALWAYS: EvidenceCode[] = ['E1', 'E2'];

/** Codes the fired rules need; R9 on a 直充 order proves the real term by the account log (E8), not a key. */
export function requiredEvidence(fired: RuleId[], s: Situation): EvidenceCode[] {
  const need = new Set<EvidenceCode>(ALWAYS);
  for (const id of fired) for (const code of RULES[id].evidence) need.add(code);
  if (fired.includes('R9') && s.directCharge) {
    need.delete('E4');
    need.delete('E5');
    need.add('E8');
  }
  return [...need].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}

/**
 * Stored evidence kinds → E-codes (refund-rules.md (e); decision documented in the report). A Record, so a new
 * EvidenceKind fails the type check here until it is mapped.
 * - order-page / full-page / page-archive → E1 (full-page and archive also E7: the footer with 主体信息);
 *   plus E6 when the order page shows the merchant's delivery promise (order.promise).
 * - card-key → E4 + E1 (full-page shot of the order page showing the key; the band gives the time).
 * - failure-prompt → E5 (manual capture on the official redeem page).
 * - product-page → E6 (listing and promises captured before purchase, which is what E6 asks for).
 * - chat → E3; submitted-form → E3 (the buyer's dated refund demand: the 催告 / prompt-report role of E3).
 * - extracted-json, note → nothing (data and bookkeeping, not proof).
 * E2, E8, E9 live outside the shop (payment app, game account, the card itself): the buyer adds them.
 */
const KIND_CODES: Record<EvidenceKind, EvidenceCode[]> = {
  'order-page': ['E1'],
  'full-page': ['E1', 'E7'],
  'page-archive': ['E1', 'E7'],
  'card-key': ['E1', 'E4'],
  'failure-prompt': ['E5'],
  'product-page': ['E6'],
  chat: ['E3'],
  'submitted-form': ['E3'],
  'extracted-json': [],
  note: [],
};
const SHOWS_PROMISE: ReadonlySet<EvidenceKind> = new Set(['order-page', 'full-page', 'page-archive']);

export function evidenceFromRecords(
  kinds: readonly EvidenceKind[],
  order?: Pick<OrderSnapshot, 'promise'> | null,
): EvidenceCode[] {
  const out = new Set<EvidenceCode>();
  for (const k of kinds) {
    for (const code of KIND_CODES[k]) out.add(code);
    if (SHOWS_PROMISE.has(k) && order?.promise?.text) out.add('E6');
  }
  return [...out].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}

export interface EvidenceItem {
  code: EvidenceCode;
  labelZh: string;
  labelEn: string;
  present: boolean;
}

export function checklist(required: EvidenceCode[], present: readonly EvidenceCode[]): EvidenceItem[] {
  return required.map((code) => ({
    code,
    labelZh: EVIDENCE_LABEL[code].zh,
    labelEn: EVIDENCE_LABEL[code].en,
    present: present.includes(code),
  }));
}
