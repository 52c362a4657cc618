/**
 * The every-page gate: decide in about a millisecond whether this page may belong to a card platform.
 * Cheap signals only — URL tokens, title, generator meta and a bounded sample of headings/labels; never the
 * whole body's text and nothing that forces layout.
 */
const URL_TOKENS =
  /order|query|detail-order|bill|tradeNo|orderid|order_sn|mod=(query|faka)|workorder|ticket|complaint|tousu|refund|kami|faka|checkgoods|pay\/result|record\/get|report|\/item\/|\/buy\/|\/goods\/|\/links\//i;
const IDENTITY = /订单|卡密|发货|提卡|取卡|工单|投诉|退款|卡盟|发卡|充值|交付/;
const SAMPLE_SELECTOR = 'h1,h2,h3,h4,h5,th,dt,label,legend,strong,.badge,[class*=order],[class*=card]';
const SAMPLE_LIMIT = 60;

export function looksLikeCardPlatform(doc: Document, url: URL): boolean {
  if (!/^https?:$/.test(url.protocol)) return false;
  const generator = doc.querySelector('meta[name="generator"]')?.getAttribute('content') ?? '';
  if (/KaMeng|faka|dujiao|卡盟|发卡/i.test(generator)) return true;
  let score = URL_TOKENS.test(url.pathname + url.search) ? 1 : 0;
  if (IDENTITY.test(doc.title)) score += 1;
  const sample = doc.querySelectorAll(SAMPLE_SELECTOR);
  const n = Math.min(sample.length, SAMPLE_LIMIT);
  for (let i = 0; i < n && score < 2; i++) {
    const text = sample[i]!.textContent ?? '';
    if (text.length < 200 && IDENTITY.test(text)) score += 1;
  }
  return score >= 2;
}
