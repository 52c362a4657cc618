// Simulated payment page (模拟支付) and the order-number lookup page.
import { PAY_METHODS } from '../../catalog.ts';
import { yuan } from '../../clock.ts';
import { html, type SafeHtml } from '../../html.ts';
import { redirect, sendHtml, type Route } from '../../http.ts';
import type { Order } from '../../store.ts';
import { errorPage, kamengPage } from './layout.ts';

const CSS = `
.paybox{text-align:center}.paybox .price{font-size:30px}
.qr{width:180px;height:180px;margin:10px auto;border:8px solid #fff;box-shadow:0 0 0 1px #ddd;position:relative;
background:repeating-conic-gradient(#222 0 25%,#fff 0 50%) 0 0/22px 22px}
.qr::before,.qr::after{content:"";position:absolute;width:44px;height:44px;border:8px solid #222;background:#fff;box-shadow:inset 0 0 0 6px #fff,inset 0 0 0 20px #222}
.qr::before{left:0;top:0}.qr::after{right:0;top:0}
`;

function payPage(o: Order): SafeHtml {
  return kamengPage({
    title: '订单支付',
    css: CSS,
    body: html`<main class="page">
      <div class="panel paybox">
        <h1>订单提交成功，请尽快付款！</h1>
        <p>订单编号：<b class="pay-order-no">${o.orderNo}</b>&emsp;商品：${o.goodsName} × ${o.quantity}</p>
        <p>应付金额：<span class="price">${yuan(o.amount)}</span></p>
        <p>支付方式：${PAY_METHODS[o.payMethod]}</p>
        ${
          o.payMethod === 'wechat' || o.payMethod === 'alipay'
            ? html`<div class="qr" role="img" aria-label="支付二维码"></div>
                <p class="muted">请使用${PAY_METHODS[o.payMethod]}扫码（演示站点，点击下方按钮模拟支付）</p>`
            : ''
        }
        <form method="post" action="/pay/${o.orderNo}">
          <button class="btn btn-primary btn-lg" type="submit">模拟支付</button>
        </form>
        <p class="muted">请在15分钟内完成支付，超时订单将自动关闭</p>
      </div>
    </main>`,
  });
}

function queryPage(q: string, notFound: boolean): SafeHtml {
  return kamengPage({
    title: '订单查询',
    nav: '订单查询',
    body: html`<main class="page">
      <div class="panel" style="max-width:640px;margin:30px auto">
        <h2>订单查询</h2>
        <form method="get" action="/query" class="form-row">
          <input
            type="text"
            name="orderNo"
            value="${q}"
            placeholder="请输入订单编号，如 KM20250101120000xxxx"
            style="flex:1;margin-right:10px"
          />
          <button class="btn btn-primary" type="submit">查询订单</button>
        </form>
        ${notFound ? html`<p class="notice notice-danger">未找到订单“${q}”，请核对订单编号</p>` : html`<p class="muted">登录用户可在「个人中心」查看全部订单</p>`}
      </div>
    </main>`,
  });
}

export const payRoutes: Route[] = [
  {
    method: 'GET',
    re: /^\/pay\/(KM\d{18})$/,
    fn: (ctx, [no]) => {
      const o = ctx.app.store.get(no ?? '');
      if (!o || o.skin !== 'kameng') return sendHtml(ctx.res, 404, errorPage('订单不存在', '未找到该订单'));
      if (o.paidAt !== undefined || o.closedAt !== undefined)
        return redirect(ctx.res, `/user/order/${o.orderNo}`);
      sendHtml(ctx.res, 200, payPage(o));
    },
  },
  {
    method: 'POST',
    re: /^\/pay\/(KM\d{18})$/,
    fn: (ctx, [no]) => {
      const o = ctx.app.store.get(no ?? '');
      if (!o || o.skin !== 'kameng') return sendHtml(ctx.res, 404, errorPage('订单不存在', '未找到该订单'));
      if (o.closedAt !== undefined)
        return sendHtml(ctx.res, 409, errorPage('支付失败', '订单已超时关闭，请重新下单'));
      ctx.app.store.pay(o);
      redirect(ctx.res, `/user/order/${o.orderNo}`);
    },
  },
  {
    method: 'GET',
    re: /^\/query$/,
    fn: (ctx) => {
      const q = (ctx.url.searchParams.get('orderNo') ?? '').trim();
      const o = q ? ctx.app.store.get(q) : undefined;
      if (o?.skin === 'kameng') return redirect(ctx.res, `/user/order/${o.orderNo}`);
      sendHtml(ctx.res, q ? 404 : 200, queryPage(q, q !== ''));
    },
  },
];
