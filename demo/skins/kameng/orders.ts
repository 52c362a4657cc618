// 个人中心 order list, the order detail page (markup contract in demo/README.md) and its JSON endpoint.
import { createHash } from 'node:crypto';
import { DELIVERY_LABEL, PAY_METHODS } from '../../catalog.ts';
import { fmtTime, yuan } from '../../clock.ts';
import { html, type SafeHtml, type VNode } from '../../html.ts';
import { sendHtml, sendJson, type Ctx, type Route } from '../../http.ts';
import { orderStatus, STATUS_TEXT } from '../../refunds.ts';
import type { Order } from '../../store.ts';
import { actionNodes, keysNodes, orderJson, refundNodes } from './detail-view.ts';
import { errorPage, kamengPage } from './layout.ts';
import { DETAIL_SCRIPT } from './live.ts';

const CSS = `
.order-detail{display:block;margin:18px 0 28px}
.order-detail>.panel h1{margin-bottom:14px}
table.order-info{border-collapse:collapse;width:100%}table.order-info th,table.order-info td{border:1px solid #eee;padding:9px 14px;text-align:left}
table.order-info th{width:130px;background:#fafafa;color:#777;font-weight:normal}
.card-keys,.refund-progress{background:#fff;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.06);padding:18px 22px;margin-bottom:16px}
.card-keys h2,.refund-progress h2{font-size:16px;margin:0 0 12px;padding-left:10px;border-left:4px solid #ff5a1f;line-height:18px}
.card-keys ol{margin:0;padding-left:24px}.card-key{margin:8px 0}
.card-key code{font:15px/1.5 "Noto Sans Mono CJK SC",Menlo,Consolas,monospace;background:#f6f8fb;border:1px dashed #c9d3e6;padding:5px 10px;border-radius:4px;margin-right:10px}
.card-key button{border:1px solid #2b5fd0;background:#fff;color:#2b5fd0;border-radius:3px;padding:3px 12px;cursor:pointer;font:inherit;font-size:12px}
.undelivered-notice{background:#fff8e6;border:1px solid #ffe1a0;color:#8a5a00;padding:10px 14px;border-radius:4px}
.delivery-note{background:#eafaf1;border:1px solid #bfe9d2;color:#17803f;padding:10px 14px;border-radius:4px}
.no-refund-notice{color:#e02424;font-weight:700;border:1px dashed #f5a3a3;background:#fff5f5;padding:8px 12px;border-radius:4px;margin:12px 0 0}
.redeem-tip{font-size:12px;color:#888}
.refund-steps{display:flex;list-style:none;padding:0;margin:0 0 14px;counter-reset:s}
.refund-steps li{flex:1;text-align:center;color:#aaa;border-top:3px solid #e5e5e5;padding-top:6px;font-size:13px}
.refund-steps li.done{color:#ff5a1f;border-color:#ff5a1f}
table.refund-info{border-collapse:collapse;width:100%}table.refund-info th,table.refund-info td{border-bottom:1px solid #f0f0f0;padding:7px 10px;text-align:left;font-size:13px}
table.refund-info th{width:110px;color:#888;font-weight:normal}.appeal-info h3{font-size:14px;margin:14px 0 6px}
.order-actions{display:flex;gap:12px;background:#fff;border-radius:6px;padding:14px 22px;box-shadow:0 1px 3px rgba(0,0,0,.06)}
.orders-table .status-tag{font-size:12px}
`;

const sig = (nodes: VNode[]): string =>
  createHash('sha1').update(JSON.stringify(nodes)).digest('hex').slice(0, 12);

function liveSlot(name: string, nodes: VNode[]): SafeHtml {
  return html`<div data-live="${name}" data-live-sig="${sig(nodes)}">${nodes}</div>`;
}

/** The 订单详情 facts table (the contract the extension's adapter reads): detail and after-sales pages share it. */
export function orderInfoTable(o: Order): SafeHtml {
  const status = orderStatus(o);
  return html`<table class="order-info">
    <tr>
      <th>订单编号</th>
      <td>${o.orderNo}</td>
    </tr>
    <tr>
      <th>商品名称</th>
      <td>${o.goodsName}</td>
    </tr>
    <tr>
      <th>购买数量</th>
      <td>${o.quantity}</td>
    </tr>
    <tr>
      <th>实付金额</th>
      <td>${yuan(o.amount)}</td>
    </tr>
    <tr>
      <th>支付方式</th>
      <td>${PAY_METHODS[o.payMethod]}</td>
    </tr>
    <tr>
      <th>下单时间</th>
      <td>${fmtTime(o.createdAt)}</td>
    </tr>
    <tr>
      <th>付款时间</th>
      <td>${o.paidAt === undefined ? '—' : fmtTime(o.paidAt)}</td>
    </tr>
    <tr>
      <th>订单状态</th>
      <td><span class="status-tag" data-status="${status}">${STATUS_TEXT[status]}</span></td>
    </tr>
    <tr>
      <th>发货方式</th>
      <td>${DELIVERY_LABEL[o.delivery]}</td>
    </tr>
    <tr>
      <th>发货时效</th>
      <td>${o.promise}</td>
    </tr>
    ${
      o.account !== undefined
        ? html`<tr>
            <th>充值账号</th>
            <td>${o.account}</td>
          </tr>`
        : ''
    }
  </table>`;
}

export function detailPage(o: Order, now: number): SafeHtml {
  return kamengPage({
    title: '订单详情',
    nav: '个人中心',
    css: CSS,
    script: DETAIL_SCRIPT,
    body: html`<p class="crumb">
        <a href="/">首页</a> &gt; <a href="/user/orders">个人中心</a> &gt;
        <a href="/user/orders">我的订单</a> &gt; 订单详情
      </p>
      <main class="order-detail" data-order-no="${o.orderNo}">
        <div class="panel">
          <h1>订单详情</h1>
          ${orderInfoTable(o)}
          ${o.noRefund ? html`<p class="no-refund-notice">虚拟商品一经售出概不退换</p>` : ''}
        </div>
        ${liveSlot('keys', keysNodes(o))} ${liveSlot('refund', refundNodes(o, now))}
        ${liveSlot('actions', actionNodes(o, now))}
      </main>`,
  });
}

function listPage(orders: Order[]): SafeHtml {
  const rows = orders.map((o) => {
    const s = orderStatus(o);
    return html`<tr>
      <td>${o.orderNo}</td>
      <td>${o.goodsName}</td>
      <td class="price">${yuan(o.amount)}</td>
      <td><span class="status-tag" data-status="${s}">${STATUS_TEXT[s]}</span></td>
      <td>${fmtTime(o.createdAt)}</td>
      <td><a href="/user/order/${o.orderNo}">查看详情</a></td>
    </tr>`;
  });
  return kamengPage({
    title: '我的订单',
    nav: '个人中心',
    css: CSS,
    body: html`<main class="page">
      <div class="panel">
        <h2>我的订单</h2>
        <table class="grid orders-table">
          <thead>
            <tr>
              <th>订单编号</th>
              <th>商品</th>
              <th>金额</th>
              <th>状态</th>
              <th>下单时间</th>
              <th>操作</th>
            </tr>
          </thead>
          <tbody>
            ${
              rows.length
                ? rows
                : html`<tr>
                    <td colspan="6" style="text-align:center;color:#999;padding:40px">
                      暂无订单，<a href="/">去逛逛</a>
                    </td>
                  </tr>`
            }
          </tbody>
        </table>
      </div>
    </main>`,
  });
}

/** Looks up a flagship order or answers 404; returns undefined when the response was sent. */
export function kamengOrder(ctx: Ctx, no: string | undefined, json = false): Order | undefined {
  const o = ctx.app.store.get(no ?? '');
  if (o && o.skin === 'kameng') return o;
  if (json) sendJson(ctx.res, 404, { error: `order ${no ?? ''} not found` });
  else sendHtml(ctx.res, 404, errorPage('订单不存在', '未找到该订单，请核对订单编号', '/user/orders'));
  return undefined;
}

export function detailJson(o: Order, now: number) {
  const j = orderJson(o, now);
  return { ...j, sig: { keys: sig(j.view.keys), refund: sig(j.view.refund), actions: sig(j.view.actions) } };
}

export const orderRoutes: Route[] = [
  {
    method: 'GET',
    re: /^\/user\/orders$/,
    fn: (ctx) => sendHtml(ctx.res, 200, listPage(ctx.app.store.list('kameng'))),
  },
  {
    method: 'GET',
    re: /^\/user\/order\/([^/]+)$/,
    fn: (ctx, [no]) => {
      const o = kamengOrder(ctx, no);
      if (o) sendHtml(ctx.res, 200, detailPage(o, ctx.app.clock.now()));
    },
  },
  {
    method: 'GET',
    re: /^\/api\/order\/([^/]+)$/,
    fn: (ctx, [no]) => {
      const o = kamengOrder(ctx, no, true);
      if (o) sendJson(ctx.res, 200, detailJson(o, ctx.app.clock.now()));
    },
  },
];
