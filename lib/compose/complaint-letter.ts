/**
 * The 12315 complaint (投诉书) of refund-rules.md (d2), zh-CN only (filed with SAMR). Carries the elements
 * L7 Art. 9 requires — complainant name / phone / address, respondent name / address, a specific request and
 * the facts — with 「请填写…」 where the extension cannot know the value, so a gap is visible, never silent.
 */
import { z } from 'zod';
import { ComposeFacts, type ComposeFactsInput, type Problem } from './facts';
import { maskKey, money, timeCst } from './format';
import { askNoun, replyLine } from './phrases';

const field = (max: number) => z.string().trim().max(max).nullable().default(null);

export const ComplaintParties = z.object({
  complainant: z.object({ name: field(50), phone: field(30), address: field(200) }).prefault({}),
  respondent: z
    .object({
      /** Operator (经营者) name from the site footer (电商法 Art. 15). */
      operatorName: field(200),
      siteName: field(200),
      url: field(2000),
      platform: field(100),
      creditCode: field(60),
      address: field(200),
      contact: field(200),
    })
    .prefault({}),
  payMethod: field(60),
  paymentRef: field(100),
  quantity: z.number().int().nonnegative().nullable().default(null),
  /** The date written under the signature (defaults to the facts' `now`). */
  date: field(40),
});
export type ComplaintParties = z.infer<typeof ComplaintParties>;
export type ComplaintPartiesInput = z.input<typeof ComplaintParties>;

const fill = (v: string | null | undefined, what: string) => (v ? `「${v}」` : `「请填写：${what}」`);

const DELIVERY: Problem[] = [
  'not_delivered',
  'partial_delivery',
  'late_cancelled',
  'late_used',
  'not_credited',
];
const DEFECT: Problem[] = ['invalid_key', 'partial_invalid', 'mismatch'];

/** Section 六: the basis for the situation (d2), then the engine's own citations not already named. */
export function complaintBasis(f: ComposeFacts): string[] {
  const out: string[] = [];
  if (DELIVERY.includes(f.problem))
    out.push('未按约定交付：《电子商务法》第二十条、第七十四条；《民法典》第五百七十七条、第五百六十三条');
  if (DEFECT.includes(f.problem))
    out.push('卡密无效/与描述不符：《消费者权益保护法》第二十三条、第二十四条；《民法典》第五百八十二条');
  if (f.noRefundNotice)
    out.push(
      '以“虚拟商品概不退换”拒绝：《消费者权益保护法》第二十六条；《网络交易监督管理办法》第二十一条；法释〔2022〕8号 第一条',
    );
  if (f.afterSalesPromise)
    out.push(`商家有售后承诺（“${f.afterSalesPromise}”）：法释〔2022〕8号 第二条、第十条`);
  for (const b of f.basis) if (!out.some((line) => line.includes(b.zh))) out.push(b.zh);
  return out;
}

function facts(f: ComposeFacts): string[] {
  const t = timeCst;
  const out: string[] = [];
  if (f.paidAt) out.push(`${t(f.paidAt)} 付款成功${f.amount === null ? '' : `（${money(f.amount)}）`}`);
  if (f.promiseText) out.push(`商家页面承诺“${f.promiseText}”（附页面截图）`);
  if (f.problem === 'not_delivered' || f.problem === 'partial_delivery') {
    const what = f.problem === 'not_delivered' ? '仍未交付' : '仍有部分未交付';
    const over = f.breachMinutes ? `，已超过承诺时间` : '';
    out.push(`截至${t(f.now)}${what}${over}`);
  } else if (f.deliveredAt) {
    const keys = f.keys.length
      ? `「${f.keys.slice(0, 3).map(maskKey).join('、')}${f.keys.length > 3 ? '等' : ''}」`
      : '';
    out.push(`${t(f.deliveredAt)} 收到卡密${keys}`);
  }
  if (f.failure) out.push(`在官方兑换页提示“${f.failure.zh}”（附截图/录屏）`);
  if (f.contactedAt) out.push(`${t(f.contactedAt)} 联系商家要求${askNoun(f.ask).zh}`);
  if (f.refundRequestedAt) out.push(`${t(f.refundRequestedAt)} 在平台提交退款申请`);
  if (f.contactedAt || f.refundRequestedAt) out.push(replyLine(f).zh);
  return out;
}

function requests(f: ComposeFacts): string[] {
  const sum = f.refundAmount ?? f.amount;
  const out = [`退还货款${sum === null ? '「请填写金额」' : money(sum)}（原路退回）`];
  if (f.afterSalesPromise) out.push('按商家承诺及法律规定承担相应责任');
  out.push('责令商家改正');
  return out;
}

/** Section 七: the evidence held (labels from the assessment), then the package's files by name. */
export function complaintLetter(
  input: ComposeFactsInput,
  partiesInput: ComplaintPartiesInput = {},
  evidenceFiles: readonly string[] = [],
): string {
  const f = ComposeFacts.parse(input);
  const p = ComplaintParties.parse(partiesInput);
  const c = p.complainant;
  const r = p.respondent;
  const subject = DEFECT.includes(f.problem) ? '卡密无效/不符' : '未交付';
  const shop = r.siteName ?? r.operatorName;
  const lines = [
    `关于${fill(shop, '店铺/网站名')}订单「${f.orderNo}」虚拟商品（卡密）${subject}的投诉`,
    '',
    `一、投诉人：姓名${fill(c.name, '姓名')} 电话${fill(c.phone, '电话')} 通讯地址${fill(c.address, '通讯地址')}`,
    `二、被投诉人：经营者名称${fill(r.operatorName, '网站页脚公示的经营者名称')}（网站/店铺名${fill(r.siteName, '网站/店铺名')}，网址${fill(r.url, '网址')}，平台${fill(r.platform, '平台')}，`,
    `    页面公示的主体信息/统一社会信用代码${fill(r.creditCode, '统一社会信用代码')}，地址${fill(r.address, '经营者地址')}，客服联系方式${fill(r.contact, '客服联系方式')}）`,
  ];
  if (!r.operatorName || !r.address)
    lines.push(
      '    （如网站未公示经营者名称和地址，请保留此句：该网站未依法公示经营者主体信息，违反《电子商务法》第十五条、《网络交易监督管理办法》第十二条。）',
    );
  lines.push(
    `三、交易信息：下单时间${fill(f.paidAt ? timeCst(f.paidAt) : null, '下单时间')} 订单号「${f.orderNo}」 商品${fill(f.product, '商品')} 数量${fill(p.quantity === null ? null : String(p.quantity), '数量')} 实付金额${fill(f.amount === null ? null : money(f.amount), '金额')}`,
    `    支付方式${fill(p.payMethod, '微信/支付宝/银行卡/余额')} 支付单号${fill(p.paymentRef, '支付单号（支付账单中的商户单号）')}`,
    `    商家承诺：${fill(f.promiseText ?? f.afterSalesPromise, '如“自动发货”“X分钟内发货”“无效包换”')}（附页面截图）`,
    '四、事实经过（按时间顺序）：',
    ...facts(f).map((l, i) => `    ${i + 1}. ${l}；`),
    '五、投诉请求：',
    ...requests(f).map((l, i) => `    ${i + 1}. ${l}；`),
    '六、依据：',
    ...complaintBasis(f).map((l, i) => `    ${i + 1}. ${l}；`),
    '七、证据清单：',
    ...[...f.evidence.map((e) => e.zh), ...evidenceFiles.map((name) => `证据包文件 ${name}`)].map(
      (l, i) => `    ${i + 1}. ${l}`,
    ),
    '',
    `投诉人：${fill(c.name, '姓名')}    日期：${fill(p.date ?? timeCst(f.now).slice(0, 10), '日期')}`,
  );
  return lines.join('\n');
}
