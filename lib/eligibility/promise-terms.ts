/**
 * R10: what a merchant's after-sales promise covers. "7天无理由" → any reason within 7 days; "无效包换" /
 * "售后24小时" → defects only (within 24 h); "虚拟商品不支持无理由退货" is a no-refund notice, not a promise.
 */
import { parseCount } from '../deadlines/promise';

export interface PromiseTerms {
  /** Refund for any reason (无理由 / 包退 / 不满意可退). */
  anyReason: boolean;
  /** Replacement or refund of invalid / non-conforming goods (无效包换 / 坏卡包赔 / 售后). */
  defects: boolean;
  /** Time limit stated in the promise, in hours; null = none stated. */
  windowHours: number | null;
}

const NEGATED = /(不|无)(支持|提供|适用|接受)|概不|恕不|不予|不退不?换|售出不退|无售后|不售后/;
const ANY_REASON = /无理由|包退|随时(可)?退|不满意.{0,3}退|不想要.{0,3}退|可退款|支持退款/;
const DEFECTS = /包换|(无效|失效|坏卡|不能用|不可用|错误|有问题).{0,4}(换|补|退|赔)|假.?一赔.{0,2}|包赔|售后/;
const WINDOW = /(\d+(?:\.\d+)?|[一二两三四五六七八九十半]{1,3})\s*(个小时|小时|h|天|日)/i;

export function parsePromiseTerms(text: string | null): PromiseTerms {
  const none = { anyReason: false, defects: false, windowHours: null };
  if (!text || NEGATED.test(text)) return none;
  const anyReason = ANY_REASON.test(text);
  const defects = anyReason || DEFECTS.test(text);
  if (!defects) return none;
  const m = WINDOW.exec(text);
  const count = m ? parseCount(m[1]!) : undefined;
  const windowHours = count === undefined ? null : count * (/天|日/.test(m![2]!) ? 24 : 1);
  return { anyReason, defects, windowHours };
}
