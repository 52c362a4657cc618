/**
 * Page-level facts outside the body: an order number carried by the URL, and the shop's own claim (title, meta
 * description) that it delivers automatically.
 */
import { orderNoOf } from './blocks';

export const ORDER_URL = /order|query|detail|bill|result|trade|search|chaxun|dingdan/i;
const URL_KEYS = /order|trade|sn$|^no$|^id$|orderid|out_trade/i;

/** An order number carried by the URL (`/pay/result/{no}`, `?orderId=`): used only when the page shows none. */
export function orderNoInUrl(url: URL): string | undefined {
  for (const [k, v] of url.searchParams) if (URL_KEYS.test(k) && orderNoOf(v)) return orderNoOf(v);
  const last = url.pathname.split('/').filter(Boolean).pop();
  return last && ORDER_URL.test(url.pathname)
    ? orderNoOf(decodeURIComponent(last).replace(/\.html?$/, ''))
    : undefined;
}

/**
 * Title or meta description says the shop delivers automatically (自动发卡平台, 7x24小时自动发货). Read from
 * <head>'s children: document.title searches the whole tree (recursively in happy-dom).
 */
export function claimsAuto(doc: Document): boolean {
  let text = '';
  for (const el of doc.head?.children ?? []) {
    if (el.tagName === 'TITLE') text += el.textContent ?? '';
    if (el.tagName === 'META' && el.getAttribute('name') === 'description')
      text += el.getAttribute('content') ?? '';
  }
  return /自动发[卡货]/.test(text.slice(0, 2000));
}
