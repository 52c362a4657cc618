/** Which reason option fits the case best (pure): the problem's words in priority order, else 其他, else none. */
import type { ComposeFacts, Problem } from '../compose/facts';

/** How the problem is named when no option fits (written into the description) and in ticket titles. */
export const PROBLEM_ZH: Record<Problem, string> = {
  not_delivered: '付款后未发货',
  partial_delivery: '只发了部分货',
  not_credited: '充值未到账',
  late_cancelled: '超时未发货',
  late_used: '超时发货',
  invalid_key: '卡密无效',
  partial_invalid: '部分卡密无效',
  mismatch: '商品与描述不符',
  physical_return: '实体卡退货',
  physical_opened: '实体卡已拆封',
  changed_mind: '不想要了',
  buyer_mistake: '拍错了',
  other: '其他问题',
};

const NOT_DELIVERED = /未发货|未收到|没收到|不发货|没发货|未到货/;
const REISSUE = /补单|补发|缺货/;
const NOT_CREDITED = /(充值|直充).{0,2}(没|未)到账|没到账|未到账/;
const KEY_USED = /已被使用|已使用|被用/;
const KEY_BAD = /卡密.{0,2}(无效|错误|不可用|有误)|无效卡密|卡密错误/;
const MISMATCH = /描述不符|与描述|虚假|货不对板/;
const CHANGED = /拍错|不想要|不需要|买错/;
export const OTHER = /^\s*(其他|其它)/;

function patterns(f: Pick<ComposeFacts, 'problem' | 'failure' | 'merchantRefusedAt'>): RegExp[] {
  const refused = f.merchantRefusedAt ? [/拒绝退款|商家拒绝/] : [];
  const used = KEY_USED.test(f.failure?.zh ?? '');
  const byProblem: Record<Problem, RegExp[]> = {
    not_delivered: [NOT_DELIVERED, REISSUE],
    partial_delivery: [NOT_DELIVERED, REISSUE],
    late_cancelled: [NOT_DELIVERED, /超时/],
    not_credited: [NOT_CREDITED, NOT_DELIVERED, REISSUE],
    invalid_key: used ? [KEY_USED, KEY_BAD] : [KEY_BAD, KEY_USED],
    partial_invalid: used ? [KEY_USED, KEY_BAD] : [KEY_BAD, KEY_USED],
    late_used: [/超时|延迟/],
    mismatch: [MISMATCH],
    physical_return: [/退货/],
    physical_opened: [/退货/],
    changed_mind: [CHANGED],
    buyer_mistake: [CHANGED],
    other: [],
  };
  return [...refused, ...byProblem[f.problem]];
}

export interface ReasonChoice {
  /** The option text to pick; null = none fits and there is no 其他 (the buyer chooses). */
  option: string | null;
  /** The option does not name the problem (其他, or nothing): the description must. */
  generic: boolean;
}

export function chooseReason(
  options: readonly string[],
  f: Pick<ComposeFacts, 'problem' | 'failure' | 'merchantRefusedAt'>,
): ReasonChoice {
  for (const re of patterns(f)) {
    const hit = options.find((o) => re.test(o));
    if (hit) return { option: hit, generic: false };
  }
  return { option: options.find((o) => OTHER.test(o)) ?? null, generic: true };
}
