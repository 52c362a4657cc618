// dujiaoka (独角数卡) "hyper" theme look-alike: order detail and order search (structure per platforms.md §1).
import { yuan, fmtTime } from '../clock.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import { field, readForm, sendHtml, type Route } from '../http.ts';
import type { Order } from '../store.ts';
import type { PayMethod } from '../catalog.ts';

const PAY_NAME: Record<PayMethod, string> = {
  wechat: '微信扫码',
  alipay: '支付宝当面付',
  balance: '余额支付',
  bank: '银联支付',
};
const SHORT_STOCK = '库存可使用卡密不足，请联系管理员核查';

const CSS = `
*{box-sizing:border-box}body{margin:0;background:#fafbfe;color:#6c757d;font:14px/1.5 "Nunito","PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
a{color:#727cf5;text-decoration:none}.navbar-custom{background:#313a46;height:70px;display:flex;align-items:center;padding:0 24px;gap:24px}
.logo{color:#fff;font-size:20px;font-weight:700;letter-spacing:1px}.navbar-custom a.nav-link{color:#8391a2}.navbar-custom a.nav-link:hover{color:#fff}
.container-fluid{max-width:1140px;margin:0 auto;padding:0 24px}.page-title-box{padding:18px 0 8px}
.page-title{margin:0;color:#313a46;font-size:18px;font-weight:700}
.card{background:#fff;border-radius:.25rem;box-shadow:0 0 35px 0 rgba(154,161,171,.15);margin-bottom:24px}.card-body{padding:1.5rem}
.row{display:flex;flex-wrap:wrap;gap:24px}.col-md-6{flex:1 1 420px}
.badge{display:inline-block;padding:.3em .6em;font-size:12px;font-weight:700;border-radius:.25rem;margin-bottom:16px}
.badge-outline-primary{color:#727cf5;border:1px solid #727cf5}
.mb-1{margin-bottom:.6rem}.orderinfo-info label{color:#313a46;font-weight:600;margin-right:4px}
.card-title{font-size:15px;color:#313a46;margin:0 0 10px}
.form-control{width:100%;padding:.45rem .9rem;font:inherit;color:#6c757d;border:1px solid #dee2e6;border-radius:.25rem;background:#fff}
textarea.textarea-kami{font-family:"Noto Sans Mono CJK SC",Menlo,monospace;resize:vertical}
.btn{display:inline-block;padding:.45rem .9rem;border-radius:.15rem;border:1px solid transparent;font:inherit;cursor:pointer}
.btn-primary{background:#727cf5;color:#fff;box-shadow:0 2px 6px 0 rgba(114,124,245,.5)}.mt-2{margin-top:.75rem}
.text-danger{color:#fa5c7c}.nav-tabs{display:flex;gap:4px;border-bottom:1px solid #dee2e6;margin-bottom:16px;padding:0;list-style:none}
.nav-tabs li{padding:8px 16px;border:1px solid transparent;border-bottom:0}.nav-tabs li.active{border-color:#dee2e6;background:#fff;color:#727cf5;border-radius:4px 4px 0 0}
.footer{text-align:center;font-size:12px;color:#98a6ad;padding:20px 0}
`;

function layout(title: string, body: SafeHtml): SafeHtml {
  return html`<!DOCTYPE html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <link rel="icon" href="data:," />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} | 独角数卡</title>
        <style>
          ${raw(CSS)}
        </style>
      </head>
      <body>
        <div class="navbar-custom">
          <span class="logo">独角数卡</span><a class="nav-link" href="/dujiaoka/order-search">订单查询</a>
        </div>
        <div class="container-fluid">${body}</div>
        <footer class="footer">© 独角数卡 · 本站商品均为虚拟商品，自动发卡，演示站点</footer>
      </body>
    </html>`;
}

export function dujiaokaStatus(o: Order): string {
  if (o.closedAt !== undefined) return '已过期';
  if (o.paidAt === undefined) return '待支付';
  if (o.shipped === 'failed') return '已失败';
  if (o.shipped === 'partial') return '状态异常';
  if (o.shipped === 'full') return o.delivery === 'auto' ? '已完成' : '已处理';
  return '待处理';
}

function kamiText(o: Order): string {
  if (o.shipped === 'partial' || o.shipped === 'failed') return SHORT_STOCK;
  if (o.delivery === 'topup') return o.topupNote ?? `充值账号：${o.account ?? ''}`;
  return o.keys.join('\n');
}

function orderCard(o: Order): SafeHtml {
  const rows: [string, string][] = [
    ['订单名称', o.goodsName],
    ['下单数量', String(o.quantity)],
    ['下单时间', fmtTime(o.createdAt)],
    ['邮箱', o.email],
    ['订单类型', o.delivery === 'auto' ? '自动发货' : '人工发货'],
    ['订单总价', yuan(o.amount)],
    ['订单状态', dujiaokaStatus(o)],
    ['支付方式', PAY_NAME[o.payMethod]],
  ];
  const kami = kamiText(o);
  return html`<div class="card">
    <div class="card-body">
      <span class="badge badge-outline-primary">订单号：${o.orderNo}</span>
      <div class="row">
        <div class="col-md-6 orderinfo-info">
          ${rows.map(([l, v]) => html`<div class="mb-1"><label>${l}：</label><span>${v}</span></div>`)}
        </div>
        <div class="col-md-6 orderinfo-kami">
          <h5 class="card-title">卡密</h5>
          <textarea class="form-control textarea-kami" rows="5" readonly>${kami}</textarea>
          <button type="button" class="btn btn-primary kami-btn mt-2" data-clipboard-text="${kami}">
            复制卡密
          </button>
        </div>
      </div>
    </div>
  </div>`;
}

function orderInfo(orders: Order[]): SafeHtml {
  return layout(
    '订单详情',
    html`<div class="page-title-box"><h4 class="page-title">订单详情</h4></div>
      ${
        orders.length
          ? orders.map(orderCard)
          : html`<div class="card">
              <div class="card-body"><h4 class="text-danger">没有找到订单信息</h4></div>
            </div>`
      }`,
  );
}

function searchPage(): SafeHtml {
  return layout(
    '订单查询',
    html`<div class="page-title-box"><h4 class="page-title">订单查询</h4></div>
      <div class="card">
        <div class="card-body">
          <ul class="nav-tabs">
            <li class="active">订单号查询</li>
            <li>邮箱查询</li>
            <li>浏览器缓存查询</li>
          </ul>
          <form method="post" action="/dujiaoka/search-order-by-sn">
            <div class="mb-1">
              <input class="form-control" name="order_sn" placeholder="请输入订单号" required />
            </div>
            <button class="btn btn-primary" type="submit">立即查询</button>
          </form>
          <form method="post" action="/dujiaoka/search-order-by-email" class="mt-2">
            <div class="mb-1"><input class="form-control" name="email" placeholder="请输入下单邮箱" /></div>
            <div class="mb-1"><input class="form-control" name="search_pwd" placeholder="查询密码" /></div>
            <button class="btn btn-primary" type="submit">邮箱查询</button>
          </form>
        </div>
      </div>`,
  );
}

const dujiaokaOrders = (orders: Iterable<Order>): Order[] => [...orders].filter((o) => o.skin === 'dujiaoka');

export const dujiaokaRoutes: Route[] = [
  { method: 'GET', re: /^\/dujiaoka\/?$/, fn: (ctx) => sendHtml(ctx.res, 200, searchPage()) },
  { method: 'GET', re: /^\/dujiaoka\/order-search$/, fn: (ctx) => sendHtml(ctx.res, 200, searchPage()) },
  {
    method: 'GET',
    re: /^\/dujiaoka\/detail-order-sn\/([A-Za-z0-9]+)$/,
    fn: (ctx, [sn]) => {
      const o = ctx.app.store.get(sn ?? '');
      const found = o && o.skin === 'dujiaoka' ? [o] : [];
      sendHtml(ctx.res, found.length ? 200 : 404, orderInfo(found));
    },
  },
  {
    method: 'POST',
    re: /^\/dujiaoka\/search-order-by-sn$/,
    fn: async (ctx) => {
      const sn = field(await readForm(ctx.req), 'order_sn');
      sendHtml(
        ctx.res,
        200,
        orderInfo(dujiaokaOrders(ctx.app.store.orders.values()).filter((o) => o.orderNo === sn)),
      );
    },
  },
  {
    method: 'POST',
    re: /^\/dujiaoka\/search-order-by-email$/,
    fn: async (ctx) => {
      const email = field(await readForm(ctx.req), 'email');
      const found = dujiaokaOrders(ctx.app.store.list('dujiaoka')).filter(
        (o) => email !== '' && o.email === email,
      );
      sendHtml(ctx.res, 200, orderInfo(found.slice(0, 5)));
    },
  },
];
