/**
 * Step 3 (申请平台介入): the same facts as a dated timeline that shows the platform's clock has run (the
 * merchant refused, or its window passed), then the request, the basis and the evidence held.
 */
import { ComposeFacts, type ComposeFactsInput, type Text } from './facts';
import { cap, durationEn, durationZh, timeCst } from './format';
import { askNoun, orderLine, problemLine, promiseLine, replyLine } from './phrases';
import { requestLine } from './refund-description';

function timeline(f: ComposeFacts): Text[] {
  const t = (iso: string) => timeCst(iso);
  const out: Text[] = [];
  if (f.paidAt) out.push({ zh: `${t(f.paidAt)} 付款成功`, en: `${t(f.paidAt)} paid` });
  if (f.problem === 'not_delivered')
    out.push({
      zh: `截至${t(f.now)}仍未发货${f.breachMinutes ? `，已超时${durationZh(f.breachMinutes)}` : ''}`,
      en: `still nothing delivered at ${t(f.now)}${f.breachMinutes ? `, ${durationEn(f.breachMinutes)} overdue` : ''}`,
    });
  else if (f.deliveredAt) out.push({ zh: `${t(f.deliveredAt)} 收到货`, en: `${t(f.deliveredAt)} delivered` });
  const p = problemLine(f);
  if (f.problem !== 'not_delivered') out.push(p);
  const noun = askNoun(f.ask);
  if (f.contactedAt)
    out.push({
      zh: `${t(f.contactedAt)} 联系商家，要求${noun.zh}`,
      en: `${t(f.contactedAt)} asked the merchant for ${noun.en}`,
    });
  if (f.refundRequestedAt)
    out.push({
      zh: `${t(f.refundRequestedAt)} 提交退款申请`,
      en: `${t(f.refundRequestedAt)} filed the refund request`,
    });
  if (f.contactedAt || f.refundRequestedAt) out.push(replyLine(f));
  return out;
}

export function interventionRequest(input: ComposeFactsInput): Text {
  const f = ComposeFacts.parse(input);
  const o = orderLine(f);
  const pr = promiseLine(f);
  const lines = timeline(f);
  const q = requestLine(f);
  const zh = [
    `申请平台介入：${o.zh}。${pr.zh}`,
    '事实经过：',
    ...lines.map((l, i) => `${i + 1}. ${l.zh}；`),
    `请求：${q.zh}。`,
    f.basis.length ? `依据：${f.basis.map((b) => b.zh).join('；')}。` : '',
    f.noRefundNotice ? '商家页面“概不退换”的声明依法无效（《消费者权益保护法》第二十六条）。' : '',
    f.evidence.length ? `证据：${f.evidence.map((e) => e.zh).join('、')}。` : '',
  ];
  const en = [
    `Request for platform intervention: ${o.en}. ${pr.en.trim()}`,
    'What happened:',
    ...lines.map((l, i) => `${i + 1}. ${cap(l.en)};`),
    `Request: ${q.en}.`,
    f.basis.length ? `Basis: ${f.basis.map((b) => b.en).join('; ')}.` : '',
    f.noRefundNotice
      ? 'The shop’s "no refunds" notice is void (Consumer Rights Protection Law Art. 26).'
      : '',
    f.evidence.length ? `Evidence: ${f.evidence.map((e) => e.en).join(', ')}.` : '',
  ];
  return { zh: zh.filter(Boolean).join('\n'), en: en.filter(Boolean).join('\n') };
}
