// On-site merchant chat for an order: a fixed-height scroll pane, live polling, buyer sends by fetch or form.
import { fmtTime, isoTime } from '../../clock.ts';
import { h, html, type SafeHtml, type VNode } from '../../html.ts';
import {
  field,
  readForm,
  readJson,
  redirect,
  sendHtml,
  sendJson,
  HttpError,
  type Route,
} from '../../http.ts';
import { MERCHANT_NAME, type ChatMessage, type Order } from '../../store.ts';
import { kamengPage } from './layout.ts';
import { CHAT_SCRIPT } from './live.ts';
import { kamengOrder } from './orders.ts';

const CSS = `
.chat-page{display:flex;gap:16px;align-items:flex-start}.chat-main{flex:1}
.chat-head{display:flex;align-items:baseline;gap:18px;flex-wrap:wrap}.chat-head h1{margin:0}
.chat-thread{height:420px;overflow:auto;background:#f7f8fa;border:1px solid #e6e8ee;border-radius:6px;padding:14px 18px;margin:12px 0}
.chat-msg{margin:0 0 14px;max-width:72%}.chat-msg header{font-size:12px;color:#999;margin-bottom:3px}.chat-author{color:#555;font-weight:600}
.chat-text{margin:0;padding:9px 13px;border-radius:8px;background:#fff;border:1px solid #e6e8ee;white-space:pre-wrap;word-break:break-word;display:inline-block}
.chat-msg.from-buyer{margin-left:auto;text-align:right}.chat-msg.from-buyer .chat-text{background:#2b5fd0;color:#fff;border-color:#2b5fd0;text-align:left}
.chat-msg.from-system{max-width:100%;text-align:center}.chat-msg.from-system .chat-text{background:#eceef3;color:#777;font-size:12px;border:0}
#chat-form{display:flex;gap:10px}#chat-form textarea{flex:1;height:70px;border:1px solid #d0d4dc;border-radius:4px;padding:8px;font:inherit;resize:none}
.shop-card{width:260px}.shop-card p{margin:6px 0;font-size:13px;color:#666}.stars{color:#ffaa00}
`;

export function chatNode(m: ChatMessage): VNode {
  return h(
    'article',
    { class: `chat-msg from-${m.from}`, 'data-message-id': String(m.id) },
    h(
      'header',
      null,
      h('span', { class: 'chat-author' }, m.author),
      ' ',
      h('time', { datetime: isoTime(m.at) }, fmtTime(m.at)),
    ),
    h('p', { class: 'chat-text' }, m.text),
  );
}

function chatPage(o: Order): SafeHtml {
  return kamengPage({
    title: '联系商家',
    nav: '个人中心',
    css: CSS,
    script: CHAT_SCRIPT,
    body: html`<p class="crumb">
        <a href="/">首页</a> &gt; <a href="/user/orders">个人中心</a> &gt;
        <a href="/user/order/${o.orderNo}">订单详情</a> &gt; 联系商家
      </p>
      <main class="page chat-page">
        <div class="panel chat-main">
          <div class="chat-head">
            <h1>联系商家</h1>
            <span>订单编号：<b class="chat-order-no">${o.orderNo}</b></span
            ><span class="muted">${o.goodsName}</span> <a href="/user/order/${o.orderNo}">返回订单详情</a>
          </div>
          <p class="notice notice-warn">
            温馨提示：请在站内沟通并保留聊天记录，切勿添加商家微信/QQ私下交易，站外交易平台无法介入处理。
          </p>
          <section class="chat-thread" aria-label="与商家的聊天记录" data-order-no="${o.orderNo}">
            ${o.messages.map(chatNode)}
          </section>
          <form id="chat-form" method="post" action="/user/order/${o.orderNo}/chat">
            <textarea
              name="text"
              maxlength="1000"
              placeholder="请输入要发送给商家的消息，Enter 换行"
              required
            ></textarea>
            <button class="btn btn-primary" type="submit">发送</button>
          </form>
        </div>
        <aside class="panel shop-card">
          <h2 class="panel-title">店铺信息</h2>
          <p><b>${MERCHANT_NAME}</b></p>
          <p>信誉：<span class="stars">★★★★★</span></p>
          <p>保证金：¥5,000.00</p>
          <p>开店时间：2019-06-12</p>
          <p>客服在线：09:00-23:00</p>
        </aside>
      </main>`,
  });
}

function buyerText(text: string): string {
  const t = text.trim();
  if (t.length === 0) throw new HttpError(400, '消息内容不能为空');
  if (t.length > 1000) throw new HttpError(400, '消息内容不能超过1000字');
  return t;
}

export const chatRoutes: Route[] = [
  {
    method: 'GET',
    re: /^\/user\/order\/([^/]+)\/chat$/,
    fn: (ctx, [no]) => {
      const o = kamengOrder(ctx, no);
      if (o) sendHtml(ctx.res, 200, chatPage(o));
    },
  },
  {
    method: 'POST',
    re: /^\/user\/order\/([^/]+)\/chat$/,
    fn: async (ctx, [no]) => {
      const o = kamengOrder(ctx, no);
      if (!o) return;
      ctx.app.store.post(o, 'buyer', buyerText(field(await readForm(ctx.req), 'text')));
      redirect(ctx.res, `/user/order/${o.orderNo}/chat`);
    },
  },
  {
    method: 'GET',
    re: /^\/api\/order\/([^/]+)\/messages$/,
    fn: (ctx, [no]) => {
      const o = kamengOrder(ctx, no, true);
      if (!o) return;
      const after = Number(ctx.url.searchParams.get('after') ?? 0) || 0;
      const items = o.messages.filter((m) => m.id > after).map((m) => ({ id: m.id, node: chatNode(m) }));
      sendJson(ctx.res, 200, { items });
    },
  },
  {
    method: 'POST',
    re: /^\/api\/order\/([^/]+)\/messages$/,
    fn: async (ctx, [no]) => {
      const o = kamengOrder(ctx, no, true);
      if (!o) return;
      const body = await readJson(ctx.req);
      const text = typeof body === 'object' && body !== null && 'text' in body ? String(body.text) : '';
      const msg = ctx.app.store.post(o, 'buyer', buyerText(text));
      sendJson(ctx.res, 201, { id: msg.id });
    },
  },
];
