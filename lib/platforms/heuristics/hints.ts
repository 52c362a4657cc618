/**
 * Values without a label that themes still mark: status badges and status headings, goods titles, amounts and
 * delivery-mode tags by their class names or exact words, and order numbers kept in attributes.
 */
import { parseMoney } from '../normalize';
import type { LabelRole } from '../vocab';
import type { Pair } from './pairs';
import { textIn } from './query';
import { classOf, type Page } from './scan';
import { statusOf } from './status';

const STATUS_HINT = /status|state|badge|tag|^label|tips|zt$/i;
const PRODUCT_HINT =
  /^(goods|product|commodity|item|shop|sku|good|prod)[-_]?(name|title)$|^(goods|product|commodity)$/i;
const AMOUNT_HINT = /amount|price|money|total|paynum/i;
const MODE_TEXT =
  /^(自动发货|手动发货|人工发货|自动交付|人工交付|人工处理|手动处理|代充|直充|自动充值|人工充值|卡密直发|自动发卡)$/;

/** The unlabelled value element `i` carries, if its class or its exact words say what it is. */
export function hintPair(page: Page, i: number): Pair | undefined {
  if (page.end[i]! - page.start[i]! > 12) return undefined;
  const text = textIn(page, i, 120);
  if (!text || text.length > 120) return undefined;
  const tokens = classOf(page, i).split(/\s+/).filter(Boolean);
  const hit = (re: RegExp) => tokens.some((c) => re.test(c));
  const pair = (role: LabelRole): Pair => ({ role, label: '', value: text, anchor: i, source: 'hint' });
  const heading = /^H[1-6]$/.test(page.tags[i]!);
  if (text.length <= 12 && (hit(STATUS_HINT) || heading) && statusOf(text) !== 'unknown')
    return pair('status');
  if (MODE_TEXT.test(text)) return pair('deliveryMode');
  if (hit(PRODUCT_HINT) && text.length >= 2) return pair('product');
  if (hit(AMOUNT_HINT) && /[¥￥元]|\d\.\d/.test(text) && parseMoney(text) !== null) return pair('amount');
  return undefined;
}

const ORDER_ATTR = /^(data-)?(order[-_]?(id|no|sn|num)|orderid|trade[-_]?no|out[-_]?trade[-_]?no)$/i;

/** An order number kept in an attribute (`tr[orderid]`, `[data-order-no]`): lists that print no number cell. */
export function attrOrderNo(el: Element): { name: string; value: string } | undefined {
  for (const a of el.attributes)
    if (ORDER_ATTR.test(a.name) && a.value.trim()) return { name: a.name, value: a.value.trim() };
  return undefined;
}
