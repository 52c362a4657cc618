/**
 * Field labels → roles for unknown pages: vocab's synonym table, tolerant of the decorations real shops add
 * ("*订单号：", "【订单编号】", "金额(元)"), plus a splitter for lines that hold several "标签：值" pairs.
 */
import { roleOfLabel, type LabelRole } from '../vocab';

/** Labels of the area that holds delivered keys (§13B/§13F). */
export const KEY_LABEL =
  /^(?:以下是)?(?:你|您)?(?:的)?(?:卡密|卡密信息|卡密内容|卡密列表|我的卡密|已购卡密|发货内容|宝贝内容|交付信息|交付内容|激活码|兑换码|CDK|CDKEY|密钥|Your keys?|Keys?|Card keys?|您购买的内容如下)(?:信息)?\s*[:：]?$/i;

const DECOR = /^[\s*#【[(（]+|[\s:：】\])）]+$/g;
const UNIT = /[(（](?:元|RMB|CNY|¥|￥|个|件|张)[)）]$/i;

/** The role of a label text, or undefined. */
export function labelRole(text: string): LabelRole | undefined {
  if (text.length > 24) return undefined;
  const t = text
    .trim()
    .replace(/[:：]$/, '')
    .replace(UNIT, '')
    .replace(DECOR, '');
  return t
    ? (roleOfLabel(t) ?? roleOfLabel(t.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase())))
    : undefined;
}

/** A text that is only a label, optionally followed by a colon (the value sits in the next node). */
export function isLabelOnly(text: string): boolean {
  return labelRole(text) !== undefined || KEY_LABEL.test(text);
}

export interface TextPair {
  label: string;
  role: LabelRole;
  value: string;
}

/** A run of CJK or Latin label characters that ends at a colon (not a URL's "://"). */
const CANDIDATE = /([\u4e00-\u9fff]{1,12}|[A-Za-z][A-Za-z .#]{0,20}?)\s*[:：](?!\/\/)/g;
/** Separators after which a value ends even if the next label is unknown. */
const SEP = /[\s,，;；|、/]$/;
/** Pairs glued by sentence punctuation ("订单号：…，金额：…") are prose, not a page's field line. */
const PROSE_GAP = /[，。；、！？]\s*$/;
const PROSE_START = /^(例如|比如|如：|譬如|示例|假设|假如|举例)/;

function roleOfCandidate(run: string): { role: LabelRole; label: string } | undefined {
  const role = labelRole(run);
  if (role) return { role, label: run };
  // "您的订单号：" / "支付成功订单号：" — only order-number labels may carry a prefix (a "优惠金额" is no 金额).
  for (let k = 1; k < run.length - 1; k++) {
    const tail = run.slice(k);
    if (labelRole(tail) === 'orderNo') return { role: 'orderNo', label: tail };
  }
  return undefined;
}

/**
 * "订单号：A1 金额：¥5 状态：已完成" → three pairs. A value runs to the next known label or to the next
 * label-like token after a separator. `prose` says the line reads like a sentence (an article's example).
 */
export function colonPairs(line: string): { pairs: TextPair[]; prose: boolean } {
  const marks: { at: number; after: number; hit?: { role: LabelRole; label: string }; sep: boolean }[] = [];
  for (const m of line.matchAll(CANDIDATE)) {
    const at = m.index;
    marks.push({
      at,
      after: at + m[0].length,
      hit: roleOfCandidate(m[1]!.trim()),
      sep: at === 0 || SEP.test(line.slice(0, at)),
    });
  }
  const pairs: TextPair[] = [];
  let prose = PROSE_START.test(line);
  marks.forEach((mark, k) => {
    if (!mark.hit) return;
    const next = marks.slice(k + 1).find((n) => n.hit || n.sep);
    const raw = line.slice(mark.after, next ? next.at : undefined);
    if (next?.hit && PROSE_GAP.test(raw)) prose = true;
    if (raw.length > 40 && /[，。！？][\u4e00-\u9fff]{4}/.test(raw)) prose = true; // the value runs on as a sentence
    pairs.push({ ...mark.hit, value: raw.replace(/^[\s|]+|[\s|,，;；]+$/g, '') });
  });
  return { pairs, prose };
}
