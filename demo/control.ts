// Test control API under /__control (JSON). Malformed bodies → 400 {"error"}, unknown orders → 404.
import * as z from 'zod';
import { PAY_METHODS, SCENARIOS, SKINS } from './catalog.ts';
import { fmtTime, isoTime } from './clock.ts';
import { HttpError, readJson, sendJson, type Ctx, type Route } from './http.ts';
import { resolveRefund } from './refunds.ts';
import { seedOrders } from './seed.ts';
import { acgStatus } from './skins/acg.ts';
import { dujiaokaStatus } from './skins/dujiaoka.ts';
import { orderJson } from './skins/kameng/detail-view.ts';
import type { Order } from './store.ts';
import { TICKET_STATUS } from './tickets.ts';

const CreateOrder = z
  .strictObject({
    scenario: z.enum(SCENARIOS),
    goodsId: z.number().int().positive().optional(),
    payMethod: z.enum(Object.keys(PAY_METHODS) as [keyof typeof PAY_METHODS]).optional(),
    quantity: z.number().int().min(1).max(50).optional(),
    delaySeconds: z
      .number()
      .min(0)
      .max(7 * 24 * 3600)
      .optional(),
    skin: z.enum(SKINS).optional(),
    paid: z.boolean().optional(),
    goodsName: z.string().min(1).max(200).optional(),
    account: z.string().min(1).max(64).optional(),
    email: z.string().min(1).max(100).optional(),
    /** The shop's promise text for this order (tests of delivery deadlines). */
    promise: z.string().min(1).max(100).optional(),
    /** Paid this many seconds ago, so a deadline can fall due within a test. */
    paidSecondsAgo: z
      .number()
      .min(0)
      .max(30 * 24 * 3600)
      .optional(),
  })
  .refine((b) => b.scenario !== 'partial' || (b.quantity ?? 2) >= 2, {
    message: 'scenario "partial" needs quantity >= 2',
    path: ['quantity'],
  });
const Deliver = z.strictObject({ fail: z.boolean().optional() });
const Message = z.strictObject({
  text: z.string().min(1).max(2000),
  from: z.enum(['merchant', 'system']).optional(),
});
const Refund = z.strictObject({ action: z.enum(['accept', 'reject']), note: z.string().max(500).optional() });
const Reset = z.strictObject({ seed: z.boolean().optional() });
const Advance = z.strictObject({
  seconds: z
    .number()
    .min(0)
    .max(365 * 24 * 3600),
});

async function body<T>(ctx: Ctx, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(await readJson(ctx.req));
  if (parsed.success) return parsed.data;
  const msg = parsed.error.issues
    .map((i) => `${i.path.length ? i.path.join('.') : 'body'}: ${i.message}`)
    .join('; ');
  throw new HttpError(400, msg);
}

function orderOf(ctx: Ctx, no: string | undefined): Order {
  const o = ctx.app.store.get(no ?? '');
  if (!o) throw new HttpError(404, `order ${no ?? ''} not found`);
  return o;
}

export function orderUrls(o: Order, base: string, ctx: Ctx): Record<string, string> {
  if (o.skin === 'dujiaoka') return { detail: `${base}/dujiaoka/detail-order-sn/${o.orderNo}` };
  if (o.skin === 'acg') {
    const t = ctx.app.desk.latestFor(o.orderNo);
    return {
      detail: `${base}/acg/user/index/query?tradeNo=${o.orderNo}`,
      ticketCreate: `${base}/acg/user/ticket/create?tradeNo=${o.orderNo}`,
      ...(t ? { ticket: `${base}/acg/user/ticket/detail?id=${t.id}` } : {}),
    };
  }
  const d = `${base}/user/order/${o.orderNo}`;
  return { detail: d, chat: `${d}/chat`, refund: `${d}/refund`, appeal: `${d}/appeal` };
}

export function controlJson(ctx: Ctx, o: Order) {
  const { view: _view, ...pub } = orderJson(o, ctx.app.clock.now());
  const tickets = ctx.app.desk.list().filter((t) => t.tradeNo === o.orderNo);
  return {
    ...pub,
    skinStatus: o.skin === 'dujiaoka' ? dujiaokaStatus(o) : o.skin === 'acg' ? acgStatus(o) : pub.status,
    scenario: o.scenario,
    delaySeconds: o.delaySeconds,
    urls: orderUrls(o, ctx.base, ctx),
    messages: o.messages.map((m) => ({
      id: m.id,
      from: m.from,
      author: m.author,
      text: m.text,
      at: isoTime(m.at),
    })),
    tickets: tickets.map((t) => ({
      id: t.id,
      ticketNo: t.ticketNo,
      status: TICKET_STATUS[t.status],
      title: t.title,
    })),
  };
}

export const controlRoutes: Route[] = [
  {
    method: 'POST',
    re: /^\/__control\/orders$/,
    fn: async (ctx) => {
      const { paidSecondsAgo, ...input } = await body(ctx, CreateOrder);
      const at = paidSecondsAgo === undefined ? undefined : ctx.app.clock.now() - paidSecondsAgo * 1000;
      const o = ctx.app.store.create({ ...input, at });
      const j = controlJson(ctx, o);
      sendJson(ctx.res, 201, j);
    },
  },
  {
    method: 'GET',
    re: /^\/__control\/orders$/,
    fn: (ctx) =>
      sendJson(
        ctx.res,
        200,
        [...ctx.app.store.orders.values()].map((o) => controlJson(ctx, o)),
      ),
  },
  {
    method: 'GET',
    re: /^\/__control\/orders\/([^/]+)$/,
    fn: (ctx, [no]) => sendJson(ctx.res, 200, controlJson(ctx, orderOf(ctx, no))),
  },
  {
    method: 'POST',
    re: /^\/__control\/orders\/([^/]+)\/deliver$/,
    fn: async (ctx, [no]) => {
      const o = orderOf(ctx, no);
      ctx.app.store.deliver(o, await body(ctx, Deliver));
      sendJson(ctx.res, 200, controlJson(ctx, o));
    },
  },
  {
    method: 'POST',
    re: /^\/__control\/orders\/([^/]+)\/pay$/,
    fn: async (ctx, [no]) => {
      const o = orderOf(ctx, no);
      await body(ctx, z.strictObject({}));
      ctx.app.store.pay(o);
      sendJson(ctx.res, 200, controlJson(ctx, o));
    },
  },
  {
    method: 'POST',
    re: /^\/__control\/orders\/([^/]+)\/messages$/,
    fn: async (ctx, [no]) => {
      const o = orderOf(ctx, no);
      const { text, from = 'merchant' } = await body(ctx, Message);
      const ticket = o.skin === 'acg' && from === 'merchant' ? ctx.app.desk.latestFor(o.orderNo) : undefined;
      if (ticket) {
        const m = ctx.app.desk.add(ticket, 'admin', text);
        return sendJson(ctx.res, 201, {
          id: m.id,
          from: 'admin',
          ticketId: ticket.id,
          text,
          at: isoTime(m.at),
        });
      }
      const m = ctx.app.store.post(o, from, text);
      sendJson(ctx.res, 201, { id: m.id, from: m.from, author: m.author, text, at: isoTime(m.at) });
    },
  },
  {
    method: 'POST',
    re: /^\/__control\/orders\/([^/]+)\/refund$/,
    fn: async (ctx, [no]) => {
      const o = orderOf(ctx, no);
      const { action, note } = await body(ctx, Refund);
      resolveRefund(ctx.app.store, o, action, note);
      sendJson(ctx.res, 200, controlJson(ctx, o));
    },
  },
  {
    method: 'POST',
    re: /^\/__control\/reset$/,
    fn: async (ctx) => {
      const { seed = ctx.app.seed } = await body(ctx, Reset);
      ctx.app.store.reset();
      ctx.app.desk.reset();
      if (seed) seedOrders(ctx.app.store);
      sendJson(ctx.res, 200, { ok: true, orders: ctx.app.store.orders.size });
    },
  },
  {
    method: 'POST',
    re: /^\/__control\/clock\/advance$/,
    fn: async (ctx) => {
      const { seconds } = await body(ctx, Advance);
      ctx.app.clock.advance(seconds * 1000);
      const now = ctx.app.clock.now();
      sendJson(ctx.res, 200, { now, time: fmtTime(now) });
    },
  },
  {
    method: 'GET',
    re: /^\/__control\/clock$/,
    fn: (ctx) => sendJson(ctx.res, 200, { now: ctx.app.clock.now(), time: fmtTime(ctx.app.clock.now()) }),
  },
];
