/** Negotiation helpers (seed guide 三.2 and 一.3): pro-rata refunds, exchange / extension, escalation. Pure. */
import { money } from '../compose/format';
import type { Decision } from './decide';
import type { RuleId } from './rule-table';

export interface Suggestion {
  id:
    | 'pro_rata_invalid'
    | 'proportional_unused'
    | 'exchange'
    | 'extension'
    | 'demand'
    | 'platform'
    | 'punitive'
    | 'return_shipping';
  zh: string;
  en: string;
  /** A refund amount to ask for, when one can be computed. */
  amount?: number;
}

/** amount × count / total, rounded down to the fen; `feeRate` (0–1) is an agreed handling deduction. */
export function proportionalRefund(amount: number, total: number, count: number, feeRate = 0): number {
  if (total <= 0 || count <= 0 || amount <= 0) return 0;
  const share = (amount * Math.min(count, total)) / total;
  return Math.floor(Math.round(share * (1 - Math.min(Math.max(feeRate, 0), 1)) * 1e6) / 1e4) / 100;
}

/** Seed guide 一 (误买、后悔且已发货): "可尝试与商家协商‘换卡’或‘延期使用’" — for a change of mind (R4) too. */
const EXCHANGE_R4: Suggestion = {
  id: 'exchange',
  zh: '可请商家换卡：换成你需要的其他商品或面值，卡密未使用时更容易谈成。',
  en: 'Ask the merchant to exchange it for another card or value; easier while the key is unused.',
};

export function suggestionsFor(d: Decision): Suggestion[] {
  const out = negotiation(d);
  if (d.decisive !== 'R4' || out.some((x) => x.id === 'exchange')) return out;
  return [EXCHANGE_R4, ...out];
}

function negotiation(d: Decision): Suggestion[] {
  const s = d.situation;
  const fired = new Set<RuleId>(d.rules.filter((r) => r.fired).map((r) => r.id));
  const amount = s.order.amount;
  const out: Suggestion[] = [];
  if (fired.has('R1') && s.breachMinutes === null)
    out.push({
      id: 'demand',
      zh: '先发限时催告：“请于X小时内发货，否则解除合同并原路退款”（民法典第五百六十三条）。',
      en: 'Send a dated demand: "deliver within X hours or I rescind and ask for a refund" (Civil Code Art. 563).',
    });
  if (fired.has('R12') && amount !== null) {
    const part = proportionalRefund(amount, s.totalKeys, s.invalidKeys);
    out.push({
      id: 'pro_rata_invalid',
      zh: `要求补发无效的卡密，或按比例退还${money(part)}。`,
      en: `Ask for replacements or a pro-rata refund of ${money(part)}.`,
      amount: part,
    });
  }
  const ownReason = d.verdict !== 'ELIGIBLE' && (fired.has('R4') || fired.has('R5'));
  const unused = s.facts.unusedKeys ?? (s.facts.keyUsedByBuyer === false ? s.totalKeys : null);
  if (ownReason && amount !== null && unused !== null && unused > 0 && !s.directCharge) {
    const part = proportionalRefund(amount, s.totalKeys, unused);
    out.push({
      id: 'proportional_unused',
      zh: `可协商按未使用卡密比例退款（约${money(part)}，商家可能扣手续费）。`,
      en: `Negotiate a refund for the unused keys (about ${money(part)}, less any fee).`,
      amount: part,
    });
  }
  if (ownReason && fired.has('R5'))
    out.push({
      id: 'exchange',
      zh: '可请商家换成正确的面值、地区或平台的卡。',
      en: 'Ask the merchant to exchange it for the right value, region or platform.',
    });
  if (ownReason)
    out.push({
      id: 'extension',
      zh: '也可请商家延期使用或保留余额，部分商家出于口碑会同意。',
      en: 'Or ask for an extension or store credit; some merchants agree for their reputation.',
    });
  if (fired.has('R13'))
    out.push({
      id: 'platform',
      zh: '申请平台介入；平台须提供商家的真实名称、地址和联系方式（消法第四十四条），也可向12315投诉。',
      en: 'Ask the platform to intervene; it must give the seller’s real name and address (CRPL Art. 44). 12315 is open too.',
    });
  if (fired.has('R3b') && amount !== null) {
    const claim = Math.max(amount * 3, 500);
    out.push({
      id: 'punitive',
      zh: `可向12315举报欺诈，主张价款三倍赔偿${money(claim)}（不足500元按500元，需监管部门或法院认定）。`,
      en: `Report fraud to 12315 and claim 3× the price, ${money(claim)} (minimum ¥500; needs a regulator or court finding).`,
      amount: claim,
    });
  }
  if (fired.has('R7') && d.verdict === 'ELIGIBLE')
    out.push({
      id: 'return_shipping',
      zh: '退货运费一般由你承担，除非商家另有约定（消法第二十五条第三款）。',
      en: 'Return shipping is usually yours unless agreed otherwise (CRPL Art. 25 ¶3).',
    });
  return out;
}
