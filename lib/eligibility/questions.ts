/**
 * Plain questions for what the extension cannot see. A question is asked only if one of its answers would
 * change the verdict: each candidate answer is tried against the same input (single-fact perturbation).
 */
import { decide } from './decide';
import type { Facts, ParsedInput } from './input';
import type { Verdict } from './rule-table';
import type { Situation } from './situation';

type Value = Facts[keyof Facts];
export interface QuestionOption {
  value: Value;
  zh: string;
  en: string;
  /** The verdict if the buyer gives this answer. */
  verdict: Verdict;
}
export interface Question {
  id: keyof Facts;
  zh: string;
  en: string;
  options: QuestionOption[];
}

interface Def {
  id: keyof Facts;
  zh: string;
  en: string;
  options: Omit<QuestionOption, 'verdict'>[];
  relevant: (s: Situation) => boolean;
}

const YES_NO = [
  { value: true, zh: '是', en: 'Yes' },
  { value: false, zh: '否', en: 'No' },
];
/** A key to test: a delivered virtual key, or a physical card already scratched open. */
const hasKeys = (s: Situation) =>
  s.delivered === true &&
  !s.directCharge &&
  (s.order.itemType === 'virtual' || s.facts.physicalOpened === true);

const DEFS: Def[] = [
  {
    id: 'keyRedeemResult',
    zh: '在官方兑换页试过这个卡密吗？提示是什么？',
    en: 'Did you try the key on the official redeem page? What did it say?',
    options: [
      { value: 'ok', zh: '兑换成功／可以用', en: 'It worked' },
      { value: 'used', zh: '提示“已被使用”', en: '"Already used"' },
      { value: 'not_found', zh: '提示“不存在”或“卡密错误”', en: '"Not found" / "invalid key"' },
      { value: 'expired', zh: '提示“已过期”', en: '"Expired"' },
      { value: 'wrong_region', zh: '提示面值或地区不符', en: 'Wrong value or region' },
    ],
    relevant: hasKeys,
  },
  {
    id: 'keyUsedByBuyer',
    zh: '这个卡密是你自己兑换过的吗？',
    en: 'Did you redeem this key yourself?',
    options: YES_NO,
    relevant: hasKeys,
  },
  {
    id: 'physicalOpened',
    zh: '实体卡拆封、刮开密码区或激活了吗？',
    en: 'Has the physical card been unsealed, scratched or activated?',
    options: YES_NO,
    relevant: (s) => s.order.itemType === 'physical',
  },
  {
    id: 'accountCredited',
    zh: '充值账户（游戏、视频、话费）收到这笔直充了吗？',
    en: 'Did the recharge reach your game / video / phone account?',
    options: YES_NO,
    relevant: (s) => s.directCharge,
  },
  {
    id: 'buyerMistake',
    zh: '是不是下单时选错了（面值、地区、平台、充值账号）或重复下单？',
    en: 'Did you order the wrong item (value, region, platform, account) or order twice by mistake?',
    options: YES_NO,
    relevant: (s) => s.paid,
  },
  {
    id: 'changedMind',
    zh: '商品本身没问题，只是你不再需要了？',
    en: 'Is the item fine and you simply no longer need it?',
    options: YES_NO,
    relevant: (s) => s.paid,
  },
  {
    id: 'deliveredAfterCancelRequest',
    zh: '商家发货之前，你是否已经申请取消或退款？',
    en: 'Had you asked to cancel or for a refund before the merchant delivered?',
    options: YES_NO,
    relevant: (s) => s.late === true,
  },
  {
    id: 'sellerInBusiness',
    zh: '这个卖家是否经常、成批地出售卡密？',
    en: 'Does this seller sell keys often and in volume?',
    options: YES_NO,
    relevant: (s) => s.facts.individualSeller === true,
  },
];

export function questionsFor(input: ParsedInput): Question[] {
  const current = decide(input);
  const s = current.situation;
  const out: Question[] = [];
  for (const def of DEFS) {
    if (input.facts[def.id] !== null || !def.relevant(s)) continue;
    const options = def.options.map((o) => ({
      ...o,
      verdict: decide({ ...input, facts: { ...input.facts, [def.id]: o.value } }).verdict,
    }));
    if (options.some((o) => o.verdict !== current.verdict))
      out.push({ id: def.id, zh: def.zh, en: def.en, options });
  }
  return out;
}
