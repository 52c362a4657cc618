import type { ContactHandle } from '../model/order';
import { linesOf } from './dom';
import { clean } from './normalize';
import { NO_REFUND, looksLikeOrderNo } from './vocab';

/**
 * Bounded visible text of the page, line by line: enough for notices and contacts, cheap on a 5 MB page.
 * Form controls are left out: a textarea holding the buyer's own QQ is not the merchant's contact.
 */
export function boundedText(doc: Document, maxChars = 200_000): string {
  return linesOf(doc.body, { maxChars, controls: false }).join('\n');
}

const CONTACT_PATTERNS: [ContactHandle['kind'], RegExp][] = [
  ['qq', /(?:QQ|qq|企鹅)(?:号|群)?[^\d\n]{0,4}?[:：]?\s*([1-9]\d{4,11})/g],
  ['wechat', /(?:微信|VX|vx|WX|wx|V信|weixin)(?:号)?\s*[:：]?\s*([A-Za-z][-_A-Za-z0-9]{5,19})/g],
  [
    'phone',
    /(?:电话|手机|热线|tel)(?:号码?)?\s*[:：]?\s*(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|400-?\d{3}-?\d{4})/gi,
  ],
];

const BUYER_INPUT_BEFORE =
  /((充值|游戏|下单|收货|登录|买家|您的)\s*(账号|帐号|信息)?|账号|帐号|信息)\s*[:：]?\s*$/;

/** QQ / WeChat / phone handles in text and in wpa.qq.com links. */
export function extractContacts(doc: Document, text = boundedText(doc)): ContactHandle[] {
  const seen = new Set<string>();
  const out: ContactHandle[] = [];
  const add = (kind: ContactHandle['kind'], value: string) => {
    const k = `${kind}:${value}`;
    if (seen.has(k) || out.length >= 20) return;
    seen.add(k);
    out.push({ kind, value });
  };
  for (const [kind, re] of CONTACT_PATTERNS)
    for (const m of text.matchAll(re)) {
      // The buyer's own account (充值账号：QQ 123…) is an order input, not the merchant's handle.
      if (!BUYER_INPUT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) add(kind, m[1]!);
    }
  for (const a of doc.querySelectorAll('a[href*="wpa.qq.com"], a[href^="tencent://"]')) {
    const uin = /uin=(\d{5,12})/.exec(a.getAttribute('href') ?? '');
    if (uin) add('qq', uin[1]!);
  }
  return out;
}

/** Sentences carrying a "no refund" clause, deduplicated. */
export function findNoRefundNotices(text: string): string[] {
  const out = new Set<string>();
  for (const sentence of text.split(/[。！!\n]/)) {
    if (NO_REFUND.test(sentence)) out.add(clean(sentence).slice(0, 300));
    if (out.size >= 10) break;
  }
  return [...out];
}

const ORDER_NO_IN_TEXT = /(?:订单号|订单编号|关联订单|订单)\s*[:：#]?\s*([A-Za-z0-9_-]{6,40})/g;

/** The first plausible order number named in the text ("关联订单：2026…"), for threads outside an order block. */
export function findOrderNo(text: string): string | null {
  for (const m of text.matchAll(ORDER_NO_IN_TEXT)) if (looksLikeOrderNo(m[1]!)) return m[1]!;
  return null;
}
