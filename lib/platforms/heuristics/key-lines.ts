/**
 * One line of a key area → key, "not delivered" notice, or noise. Pure string rules (§13E/§13F): key shapes,
 * buyer-input lines ("充值QQ号:…"), placeholders ("暂无", "点击复制"), markup that is never a key.
 */
import { isNotDeliveredText } from '../vocab';
import { KEY_LABEL } from './labels';
import { statusOf } from './status';

/** "label: value" lines whose label names no key part are buyer input or info (充值QQ号:…, 游戏区服:…). */
const INFO_LINE = /^([\u4e00-\u9fffA-Za-z ]{1,10})\s*[:：]/;
const KEY_WORDS = /卡号|卡密|密码|密钥|激活码|兑换码|序列号|CDK|key|code|pass|pwd|链接|地址|账号.*密码/i;
const PLACEHOLDER =
  /^(请|点击|复制|一键复制|全部复制|查看|提取|导出|下载|暂无$|无$|空$|null$|undefined$|[-—_.]+$|共\s*\d+\s*(条|张))/i;
const MARKUP = /<\/?[a-z!][^>]*>/i;
const DATE = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/;
const TIME_OR_MONEY = /^\d{4}[-/年]\d{1,2}[-/月]\d{1,2}|^[¥￥]?\s*\d+(\.\d+)?\s*元?$/;

/** A line shaped like a key: 卡号/密码 pairs, grouped alnum, long tokens, links, "a----b" pairs. */
export function looksLikeKey(line: string): boolean {
  if (MARKUP.test(line) || line.length > 500 || /[。！？]$/.test(line) || DATE.test(line)) return false;
  if (/^https?:\/\/\S+$/i.test(line)) return true;
  if (KEY_WORDS.test(line) && /[:：]\s*\S/.test(line) && /[A-Za-z0-9]{4,}/.test(line)) return true;
  if (/^\S+\s*(-{2,}|\|{1,2}|\s{2,}|\t)\s*\S+$/.test(line) && /[A-Za-z0-9]{4,}/.test(line)) return true;
  if (/^[A-Za-z0-9]{2,}(?:[- ][A-Za-z0-9]{2,}){2,}$/.test(line)) return true;
  return /^[A-Za-z0-9][\w\-=+/.@#:]{7,}$/.test(line) && /\d/.test(line) && /[A-Za-z]/.test(line);
}

/** In a dedicated key box, anything that is not prose and has some letters/digits counts. */
function looseKey(line: string): boolean {
  const cjk = (line.match(/[\u4e00-\u9fff]/g) ?? []).length;
  return !MARKUP.test(line) && /[A-Za-z0-9]{4,}/.test(line) && cjk / line.length < 0.4;
}

/** Shapes no other text takes: grouped XXXX-XXXX-XXXX, or a long letters-and-digits token. */
const STRONG_SHAPE = /^[A-Za-z0-9]{2,}(?:-[A-Za-z0-9]{2,}){2,}$|^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9]{16,}$/;

/** A line no other text looks like: enough, with no label around, to call a bare box a key box. */
export const strongKey = (line: string) => STRONG_SHAPE.test(line) && !INFO_LINE.test(line);

/** Key, notice or noise; `strong` = the line sits in a dedicated key box, where looser shapes count. */
export function lineKind(line: string, strong: boolean): 'key' | 'notice' | 'drop' {
  if (KEY_LABEL.test(line)) return 'drop';
  // A notice, unless it is only a status badge such as 等待发货.
  if (isNotDeliveredText(line)) return line.length > 6 || statusOf(line) === 'unknown' ? 'notice' : 'drop';
  if (PLACEHOLDER.test(line) || TIME_OR_MONEY.test(line)) return 'drop';
  const info = INFO_LINE.exec(line);
  if (info && !KEY_WORDS.test(info[1]!)) return 'drop';
  return (strong && looseKey(line)) || looksLikeKey(line) ? 'key' : 'drop';
}

/** "卡号：X" followed by "卡密：Y" on the next line is one key (fakanet prints them on two lines). */
export function joinCardPairs(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (
      prev &&
      /^(卡号|账号|帐号|用户名)\s*[:：]/.test(prev) &&
      !/密码|卡密/.test(prev) &&
      /^(卡密|密码)\s*[:：]/.test(line)
    )
      out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}
