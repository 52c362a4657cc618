/**
 * A "not delivered" notice printed outside any key box: a status line above the keys (card-system's
 * "…库存不足，您还有1件未发货"), an empty delivery panel ("暂无交付信息"). Quoted anti-fraud tips are not notices.
 */
import { isNotDeliveredText } from '../vocab';
import { chunkAt, textIn, type Scope } from './query';
import type { Page } from './scan';
import { statusOf } from './status';

const CITED = /["“”「」『』]|如果|若您|防骗|例如|比如|可能|提示[:：]/;
const INLINE = /^(SPAN|A|B|STRONG|EM|I|FONT|SMALL|LABEL|CODE)$/;
const LEAD = /^([^，,。]*)[，,]\s*/;

/** Drop leading clauses that only repeat the order ("订单#A1 已支付，目前库存不足…" → "目前库存不足…"). */
function trimLead(text: string): string {
  let t = text;
  for (
    let m = LEAD.exec(t);
    m && /[#＃]|[A-Za-z0-9]{10,}|^\s*(已支付|已付款|支付成功)\s*$/.test(m[1]!);
    m = LEAD.exec(t)
  )
    t = t.slice(m[0].length);
  return t;
}

/** The first notice in the scope, as the text of the block that holds it. */
export function noticeIn(page: Page, region: Scope, maxChunks = 5000): string | null {
  for (let c = chunkAt(page, region.from), n = 0; c < page.chunks.length && n < maxChunks; c++, n++) {
    const ch = page.chunks[c]!;
    if (ch.pos > region.to) break;
    if (ch.brk || ch.btn || !isNotDeliveredText(ch.text) || CITED.test(ch.text)) continue;
    if (ch.text.length <= 6 && statusOf(ch.text) !== 'unknown') continue; // a status badge such as 等待发货
    let b = ch.el;
    for (let k = 0; k < 4 && INLINE.test(page.tags[b]!) && page.parent[b]! >= 0; k++) b = page.parent[b]!;
    const block = textIn(page, b, 500);
    return trimLead(block.length <= 300 ? block : ch.text).slice(0, 500);
  }
  return null;
}
