// acg-faka 工单 routes: create (with purchase-proof upload), detail, reply, polling API, list.
import { fmtTime } from '../clock.ts';
import {
  field,
  files,
  readForm,
  redirect,
  sendHtml,
  sendJson,
  HttpError,
  type Ctx,
  type Route,
} from '../http.ts';
import type { Evidence } from '../store.ts';
import { TICKET_STATUS, type Ticket } from '../tickets.ts';
import { createPage, detailPage, listPage, ticketMsgNode } from './acg-ticket-pages.ts';

const PROOF_MAX = 10 * 1024 * 1024;

function checkProof(f: File): Evidence {
  if (f.size > PROOF_MAX) throw new HttpError(400, '购买凭证图片不能超过10MB');
  if (!['image/jpeg', 'image/png', 'image/webp'].includes(f.type))
    throw new HttpError(400, '购买凭证仅支持 JPG / PNG / WebP 图片');
  return { name: f.name, size: f.size, type: f.type };
}

function ticketOf(ctx: Ctx): Ticket {
  const t = ctx.app.desk.tickets.get(Number(ctx.url.searchParams.get('id')));
  if (!t) throw new HttpError(404, '工单不存在');
  return t;
}

export const acgTicketRoutes: Route[] = [
  {
    method: 'GET',
    re: /^\/acg\/user\/ticket\/index$/,
    fn: (ctx) => sendHtml(ctx.res, 200, listPage(ctx.app.desk.list())),
  },
  {
    method: 'GET',
    re: /^\/acg\/user\/ticket\/create$/,
    fn: (ctx) => sendHtml(ctx.res, 200, createPage(ctx.url.searchParams.get('tradeNo') ?? '')),
  },
  {
    method: 'GET',
    re: /^\/acg\/user\/ticket\/detail$/,
    fn: (ctx) => sendHtml(ctx.res, 200, detailPage(ticketOf(ctx))),
  },
  {
    method: 'POST',
    re: /^\/acg\/user\/api\/ticket\/upload$/,
    fn: async (ctx) => {
      const f = files(await readForm(ctx.req, 12 * 1024 * 1024), 'file')[0];
      if (!f) throw new HttpError(400, '请选择图片');
      const path = `/uploads/ticket/${Date.now().toString(36)}${ctx.app.desk.uploads.size}.${f.type.split('/')[1] ?? 'png'}`;
      ctx.app.desk.uploads.set(path, checkProof(f));
      sendJson(ctx.res, 200, { path });
    },
  },
  {
    method: 'POST',
    re: /^\/acg\/user\/ticket\/create$/,
    fn: async (ctx) => {
      const form = await readForm(ctx.req, 12 * 1024 * 1024);
      const type = field(form, 'type') === '0' ? 0 : 1;
      const priority = Number(field(form, 'priority') || 1);
      const title = field(form, 'title');
      const content = field(form, 'content');
      if (![0, 1, 2].includes(priority)) throw new HttpError(400, '请选择优先级');
      if (title.length < 4 || title.length > 100) throw new HttpError(400, '工单标题需为4-100个字');
      if (content.length < 5) throw new HttpError(400, '请填写问题详情（至少5个字）');
      let tradeNo: string | undefined;
      let proof: Evidence | undefined;
      if (type === 1) {
        tradeNo = field(form, 'trade_no');
        const order = ctx.app.store.get(tradeNo);
        if (!order || order.skin !== 'acg') throw new HttpError(400, '未找到该订单，请核对订单号');
        const file = files(form, 'proof')[0];
        proof = file ? checkProof(file) : ctx.app.desk.uploads.get(field(form, 'proof_path'));
        if (!proof) throw new HttpError(400, '售后支持工单需上传购买凭证');
      }
      const t = ctx.app.desk.create({
        type,
        priority: priority as 0 | 1 | 2,
        title,
        content,
        tradeNo,
        proof,
      });
      redirect(ctx.res, `/acg/user/ticket/detail?id=${t.id}`);
    },
  },
  {
    method: 'POST',
    re: /^\/acg\/user\/ticket\/reply$/,
    fn: async (ctx) => {
      const t = ticketOf(ctx);
      const content = field(await readForm(ctx.req), 'content');
      if (t.status >= 2) throw new HttpError(409, '这张工单已结束');
      if (content === '') throw new HttpError(400, '回复内容不能为空');
      ctx.app.desk.add(t, 'user', content);
      redirect(ctx.res, `/acg/user/ticket/detail?id=${t.id}`);
    },
  },
  {
    method: 'GET',
    re: /^\/acg\/user\/api\/ticket\/messages$/,
    fn: (ctx) => {
      const t = ticketOf(ctx);
      const after = Number(ctx.url.searchParams.get('after') ?? 0) || 0;
      const items = t.messages.filter((m) => m.id > after).map((m) => ({ id: m.id, node: ticketMsgNode(m) }));
      sendJson(ctx.res, 200, { items, statusText: TICKET_STATUS[t.status], updatedAt: fmtTime(t.updatedAt) });
    },
  },
];
