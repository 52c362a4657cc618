/**
 * Step 2: the description for a refund form (forms demand ≥ 20 characters): order no., paid time, the promise
 * and how far it was missed, the failure message, what was asked of the merchant and when, the request.
 */
import { ComposeFacts, type ComposeFactsInput, type Text } from './facts';
import { cap, money, timeCst } from './format';
import { askNoun, orderLine, problemLine, promiseLine, replyLine } from './phrases';

export const MIN_DESCRIPTION_CHARS = 20;

/** The final request: the pro-rata part, else the full amount. */
export function requestLine(f: ComposeFacts): Text {
  const sum = f.refundAmount ?? (f.ask === 'negotiate' ? null : f.amount);
  if (f.ask === 'negotiate')
    return { zh: '希望协商换货、延期或退款', en: 'I ask for an exchange, extension or refund by agreement' };
  return {
    zh: `申请原路退款${sum === null ? '' : money(sum)}`,
    en: `I ask for a refund${sum === null ? '' : ` of ${money(sum)}`} to the original payment method`,
  };
}

export function refundDescription(input: ComposeFactsInput): Text {
  const f = ComposeFacts.parse(input);
  const o = orderLine(f);
  const pr = promiseLine(f);
  const p = problemLine(f);
  const noun = askNoun(f.ask);
  const r = replyLine(f);
  const q = requestLine(f);
  const asked = f.contactedAt
    ? {
        zh: `${timeCst(f.contactedAt)}已联系商家要求${noun.zh}，${r.zh}。`,
        en: `On ${timeCst(f.contactedAt)} I asked the merchant for ${noun.en}; ${r.en}. `,
      }
    : { zh: '', en: '' };
  let zh = `${o.zh}。${p.zh}。${pr.zh}${asked.zh}${q.zh}。`;
  if ([...zh].length < MIN_DESCRIPTION_CHARS) zh += '请核实处理，谢谢。';
  let en = `${cap(o.en)}. ${cap(p.en)}. ${pr.en}${asked.en}${q.en}.`;
  if (en.length < MIN_DESCRIPTION_CHARS) en += ' Please check and handle it.';
  return { zh, en };
}
