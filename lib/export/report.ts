/**
 * report.html of the evidence package: zh-CN, printable on A4 (print it to get a PDF). Everything taken from
 * pages (titles, URLs, chat, order fields) is untrusted and goes through `esc`; the report has no script and
 * no link a page could choose. Pure.
 */
import { KIND_LABEL } from '../i18n/evidence';
import { formatBeijing, formatMoney, STATUS_LABEL } from '../i18n/status';
import type { EventType } from '../model/event';
import type { ChatMessage } from '../model/order';
import type { ManifestBody } from './manifest';

export function esc(value: unknown): string {
  return String(value ?? '').replace(
    /[&<>"'`]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' })[c]!,
  );
}

const VERDICT_LABEL: Record<string, string> = {
  ELIGIBLE: '有权退款/补发',
  CONSENT: '需商家同意',
  UNLIKELY: '难以退款',
  UNKNOWN: '尚需核实',
};

const EVENT_LABEL: Record<EventType, string> = {
  'first-seen': '卡盾首次看到订单',
  status: '订单状态变化',
  keys: '出现卡密',
  chat: '聊天记录更新',
  breach: '超过承诺发货时间',
  'form-submitted': '提交了申请表',
  'case-step': '维权进度',
  arrival: '退款到账',
  note: '备注',
};

const AUTHOR: Record<ChatMessage['author'], string> = {
  buyer: '买家',
  merchant: '商家',
  platform: '平台',
  system: '系统',
};

export interface ReportInput {
  manifest: ManifestBody;
  chat: readonly ChatMessage[];
  letters: { platform: string; complaint: string };
  /** Image source for an evidence file: the package path by default (relative, works once unzipped). */
  imageSrc?: (path: string) => string;
  /** Text files (JSON transcripts …) to quote in the evidence list, by path; shown cut to a few lines. */
  textOf?: (path: string) => string | undefined;
}

interface Point {
  at: string;
  what: string;
  strong?: boolean;
}

function timeline(m: ManifestBody): Point[] {
  const o = m.order;
  const pts: Point[] = [];
  if (o.createdAt) pts.push({ at: o.createdAt, what: '下单' });
  if (o.paidAt)
    pts.push({ at: o.paidAt, what: `付款${o.amount === null ? '' : ` ${formatMoney(o.amount)}`}` });
  const d = m.deadline;
  if (d?.dueAt)
    pts.push({
      at: d.dueAt,
      what: `承诺交付期限（${d.promiseText ? `商家承诺“${d.promiseText}”` : `按 ${d.promiseMinutes} 分钟计`}）`,
      strong: true,
    });
  if (d?.breachedAt ?? o.breachedAt)
    pts.push({ at: (d?.breachedAt ?? o.breachedAt)!, what: '超过承诺时间仍未发货（违约）', strong: true });
  if (o.deliveredAt) pts.push({ at: o.deliveredAt, what: '卡盾首次看到已发货' });
  for (const e of m.timeline) {
    const data = Object.entries(e.data)
      .map(([k, v]) => `${k}: ${String(v)}`)
      .join('，');
    pts.push({
      at: e.at,
      what: `${EVENT_LABEL[e.type]}${data ? `（${data}）` : ''}`,
      strong: e.type === 'breach',
    });
  }
  for (const r of m.evidence)
    pts.push({ at: r.capturedAt, what: `取证：第 ${r.seq} 份 ${KIND_LABEL[r.kind]}` });
  return pts.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

const row = (k: string, v: unknown) => `<tr><th>${esc(k)}</th><td>${esc(v ?? '—')}</td></tr>`;

function orderSection(m: ManifestBody): string {
  const o = m.order;
  return `<section><h2>一、订单信息</h2><table class="facts">
${row('订单号', o.orderNo)}
${row('网站', o.site)}${row('平台', o.platform ?? '未识别')}
${row('商品', o.product)}${row('数量', o.quantity)}
${row('实付金额', formatMoney(o.amount))}${row('支付方式', o.payMethod)}
${row('下单时间（北京时间）', formatBeijing(o.createdAt))}${row('付款时间（北京时间）', formatBeijing(o.paidAt))}
${row('订单状态', `${STATUS_LABEL[o.status].zh}${o.statusText ? `（页面显示：${o.statusText}）` : ''}`)}
${row('发货方式', o.deliveryMode === 'auto' ? '自动发货' : o.deliveryMode === 'manual' ? '人工发货' : null)}
${row('页面承诺', o.promise?.text ?? o.productPromise?.text)}
${row('未发货提示', o.undeliveredNotice)}
${row('订单页面', o.url)}
</table></section>`;
}

function verdictSection(m: ManifestBody): string {
  const v = m.verdict;
  if (!v) return '<section><h2>三、退款资格评估</h2><p>未评估。</p></section>';
  const basis = v.basis.map((b) => `<li>${esc(b.zh)}</li>`).join('');
  const fired = v.fired.map((r) => `<li><b>${esc(r.id)}</b> ${esc(r.reasonZh)}</li>`).join('');
  const ev = v.evidence
    .map(
      (e) =>
        `<li class="${e.present ? 'ok' : 'miss'}">${e.present ? '✓' : '✗'} ${esc(e.code)} ${esc(e.labelZh)}</li>`,
    )
    .join('');
  return `<section><h2>三、退款资格评估</h2>
<p class="verdict">结论：<b>${esc(VERDICT_LABEL[v.verdict] ?? v.verdict)}</b>${v.decisive ? `（规则 ${esc(v.decisive)}）` : ''}</p>
${v.reasonZh ? `<p>理由：${esc(v.reasonZh)}</p>` : ''}
${basis ? `<p>依据：</p><ul>${basis}</ul>` : ''}
${fired ? `<p>适用的规则：</p><ul>${fired}</ul>` : ''}
<p>下一步：${esc(v.nextStep.nameZh)}${v.nextStep.deadline ? `（期限 ${esc(formatBeijing(v.nextStep.deadline))}）` : ''}</p>
${ev ? `<p>证据清单：</p><ul class="checklist">${ev}</ul>` : ''}
<p class="note">评估时间 ${esc(formatBeijing(v.assessedAt))}（北京时间）；评估仅供参考，不构成法律意见。</p></section>`;
}

function evidenceSection(m: ManifestBody, input: ReportInput): string {
  const src = input.imageSrc ?? ((p: string) => p);
  const items = m.evidence.map((r) => {
    const text = r.mime.startsWith('image/') ? undefined : input.textOf?.(r.path);
    const body = r.mime.startsWith('image/')
      ? `<img src="${esc(src(r.path))}" alt="${esc(`${KIND_LABEL[r.kind]}：${r.title}`)}">`
      : text !== undefined
        ? `<pre class="snippet">${esc(text.split('\n').slice(0, 12).join('\n').slice(0, 1200))}</pre>`
        : '';
    return `<figure class="ev">${body}<figcaption>
<b>第 ${r.seq} 份 · ${esc(KIND_LABEL[r.kind])}</b> ${esc(formatBeijing(r.capturedAt))}<br>
<span class="label">文件</span> <span class="mono">${esc(r.path)}</span>（${esc(r.size)} 字节）<br>
<span class="label">页面</span> <span class="mono">${esc(r.url)}</span><br>
<span class="label">标题</span> ${esc(r.title)}<br>
<span class="label">SHA-256</span> <span class="mono">${esc(r.sha256)}</span><br>
<span class="label">链哈希</span> <span class="mono">${esc(r.chainHash)}</span></figcaption></figure>`;
  });
  return `<section><h2>四、证据（${m.evidence.length} 份）</h2>
<p class="note">每份证据的 SHA-256 与哈希链：链哈希 = ${esc(m.chain.formula)}，首条的上一链哈希为 64 个 0。链头 <span class="mono">${esc(m.chain.head)}</span></p>
${items.join('\n') || '<p>没有证据。</p>'}</section>`;
}

function chatSection(chat: readonly ChatMessage[]): string {
  if (!chat.length) return '<section><h2>五、聊天记录</h2><p>没有记录到聊天。</p></section>';
  const rows = chat
    .map(
      (c) =>
        `<tr><td class="nowrap">${esc(c.at ? formatBeijing(c.at) : '—')}</td><td class="nowrap">${esc(AUTHOR[c.author])}${c.name ? ` ${esc(c.name)}` : ''}</td><td>${esc(c.text)}</td></tr>`,
    )
    .join('\n');
  return `<section><h2>五、聊天记录（${chat.length} 条）</h2><table class="chat"><thead><tr><th>时间</th><th>发言人</th><th>内容</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

const CSS = `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Noto Serif CJK SC", sans-serif;
  font-size: 10.5pt; line-height: 1.55; color: #111; max-width: 186mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 18pt; margin: 0 0 4pt; }
h2 { font-size: 13pt; border-bottom: 1.5pt solid #1e3a8a; padding-bottom: 2pt; margin: 14pt 0 6pt; break-after: avoid; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.5pt solid #999; padding: 3pt 5pt; text-align: left; vertical-align: top; word-break: break-all; }
.facts th { width: 32%; background: #f1f5f9; font-weight: 600; }
.chat th { background: #f1f5f9; } .nowrap { white-space: nowrap; word-break: keep-all; }
.timeline li.strong { font-weight: 700; color: #991b1b; }
.mono { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 8.5pt; word-break: break-all; }
.label { color: #555; }
.note { color: #555; font-size: 9pt; }
.verdict { font-size: 12pt; }
.checklist { list-style: none; padding-left: 0; } .ok { color: #166534; } .miss { color: #991b1b; }
.ev { margin: 0 0 10pt; padding: 6pt; border: 0.5pt solid #bbb; break-inside: avoid; }
.ev img { display: block; max-width: 100%; max-height: 110mm; margin: 0 auto 4pt; border: 0.5pt solid #ddd; }
.snippet, .letter { white-space: pre-wrap; word-break: break-all; background: #f8fafc; border: 0.5pt solid #ddd; padding: 5pt; font-size: 9pt; }
.letter { font-size: 10pt; break-inside: auto; }
header .meta { color: #444; font-size: 9pt; }
@media print { .ev { page-break-inside: avoid; } section { break-before: auto; } }
`;

export function buildReportHtml(input: ReportInput): string {
  const m = input.manifest;
  const o = m.order;
  const pts = timeline(m)
    .map(
      (p) =>
        `<li${p.strong ? ' class="strong"' : ''}><span class="nowrap">${esc(formatBeijing(p.at))}</span> ${esc(p.what)}</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' data: blob: file:; style-src 'unsafe-inline'">
<title>卡盾证据报告 · 订单 ${esc(o.orderNo)}</title><style>${CSS}</style></head>
<body>
<header><h1>卡盾证据报告 · 订单 ${esc(o.orderNo)}</h1>
<p class="meta">生成时间 ${esc(formatBeijing(m.createdAt))}（北京时间） · ${esc(m.generator.name)} ${esc(m.generator.version)} · 清单版本 ${esc(m.version)} · 证据 ${m.evidence.length} 份</p></header>
${orderSection(m)}
<section><h2>二、时间线（北京时间）</h2><ol class="timeline">${pts}</ol></section>
${verdictSection(m)}
${evidenceSection(m, input)}
${chatSection(input.chat)}
<section><h2>六、文书</h2><h3>平台介入申请</h3><pre class="letter">${esc(input.letters.platform)}</pre>
<h3>12315 投诉书</h3><pre class="letter">${esc(input.letters.complaint)}</pre></section>
<section><h2>七、如何核验</h2><p>证据包内 manifest.json 列出每个文件的 SHA-256 与每份证据的哈希链字段。用任一 SHA-256 工具重算文件哈希并与清单比对；或在卡盾扩展的“导出与备份”页导入证据包，或运行 <span class="mono">npm run -s verify -- 证据包.zip</span>，改动的文件会被逐一指出。</p></section>
</body></html>
`;
}
