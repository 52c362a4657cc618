/**
 * Step 1 (联系商家): the message to paste into the merchant chat (refund-rules.md (d3)): order no., the problem
 * in one sentence, the request, a deadline, and — when the buyer has a right — the escalation. Dated, it is also
 * the 催告 of 民法典 Art. 563(3).
 */
import { ComposeFacts, type ComposeFactsInput, type Text } from './facts';
import { cap, timeCst } from './format';
import { askLine, orderLine, problemLine, promiseLine } from './phrases';

export function merchantMessage(input: ComposeFactsInput): Text {
  const f = ComposeFacts.parse(input);
  const o = orderLine(f);
  const p = problemLine(f);
  const pr = promiseLine(f);
  const a = askLine(f);
  if (!f.escalate)
    return {
      zh: `您好，我的${o.zh}。${p.zh}。${pr.zh}想和您商量：${a.zh}？麻烦回复，谢谢！`,
      en: `Hello, about my ${o.en}. ${cap(p.en)}. ${pr.en}May I ask: ${a.en}? Thank you!`,
    };
  const by = timeCst(new Date(Date.parse(f.now) + f.replyHours * 3_600_000).toISOString());
  const basis = f.basis.slice(0, 2);
  const zh = [
    `您好，我的${o.zh}。${p.zh}。${pr.zh}`,
    `${a.zh}，期限${f.replyHours}小时（${by}前）。`,
    `逾期未处理，我将申请平台介入，并向支付渠道或12315投诉。`,
    basis.length ? `依据：${basis.map((b) => b.zh).join('；')}。` : '',
    f.noRefundNotice ? '“虚拟商品一经售出概不退换”类声明依法无效（《消费者权益保护法》第二十六条）。' : '',
    '谢谢！',
  ];
  const en = [
    `Hello, about my ${o.en}. ${cap(p.en)}. ${pr.en.trim()}`,
    `${cap(a.en)} within ${f.replyHours} hours (by ${by} UTC+8).`,
    `Otherwise I will ask the platform to intervene and complain to the payment provider or 12315.`,
    basis.length ? `Basis: ${basis.map((b) => b.en).join('; ')}.` : '',
    f.noRefundNotice
      ? 'A "virtual goods: no refunds" notice is void (Consumer Rights Protection Law Art. 26).'
      : '',
    'Thank you.',
  ];
  return { zh: zh.filter(Boolean).join(''), en: en.filter(Boolean).join(' ') };
}
