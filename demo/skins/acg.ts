// acg-faka (异次元发卡) "Cartoon" theme look-alike: layout and the order query page (platforms.md §3).
import { DELIVERY_LABEL, PAY_METHODS } from '../catalog.ts';
import { fmtTime } from '../clock.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import { sendHtml, type Route } from '../http.ts';
import type { Order } from '../store.ts';

const CSS = `
*{box-sizing:border-box}body{margin:0;background:#f6f4ff;color:#3d3a4f;font:14px/1.6 "PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
a{color:#7b61ff;text-decoration:none}
.acg-header{background:#fff;box-shadow:0 2px 10px rgba(123,97,255,.08)}.acg-header .in{max-width:1100px;margin:0 auto;display:flex;align-items:center;gap:26px;height:64px;padding:0 20px}
.acg-logo{font-size:21px;font-weight:800;color:#7b61ff}.acg-logo span{color:#ff7eb6}.acg-header a.nav{color:#5c5874}.acg-header a.nav:hover{color:#7b61ff}
.acg-main{max-width:1100px;margin:22px auto;padding:0 20px}
.acg-card{background:#fff;border-radius:16px;box-shadow:0 6px 20px rgba(123,97,255,.08);padding:22px 24px;margin-bottom:18px}
.order-query-form{display:flex;gap:10px}.order-query-form input{flex:1;height:44px;border:2px solid #e5e0ff;border-radius:22px;padding:0 18px;font:inherit}
.order-query-form button,.acg-btn{height:44px;padding:0 26px;border:0;border-radius:22px;background:linear-gradient(90deg,#7b61ff,#ff7eb6);color:#fff;font:inherit;cursor:pointer}
.order-item{border:1px solid #efeaff;border-radius:14px;margin-bottom:16px;overflow:hidden;background:#fff}
.order-header{display:flex;gap:18px;align-items:center;padding:14px 18px;background:#faf8ff;border-bottom:1px solid #efeaff}
.status-badge{display:inline-block;padding:3px 12px;border-radius:12px;font-size:12px}.status-pending{background:#fff3e0;color:#f08c00}.status-paid{background:#e6fcf5;color:#0ca678}
.order-basic{flex:1;font-size:13px;color:#6f6a86;display:grid;grid-template-columns:1fr 1fr;gap:2px 18px}.order-no{font-weight:700;color:#3d3a4f}
.payment-icon{display:inline-block;width:16px;height:16px;border-radius:4px;background:#1677ff;vertical-align:-3px;margin-right:4px}
.order-amount{text-align:right}.amount-label{display:block;font-size:12px;color:#9a95b0}.amount-value{font-size:22px;font-weight:800;color:#ff5c8a}
.goods-section{display:flex;gap:14px;align-items:center;padding:14px 18px}.goods-image{width:54px;height:54px;border-radius:12px;background:linear-gradient(135deg,#b5a8ff,#ffb3d1);flex:none}
.goods-name{margin:0 0 6px;font-size:15px;color:#3d3a4f}.goods-meta span{display:inline-block;background:#f1edff;color:#7b61ff;border-radius:8px;font-size:12px;padding:1px 8px;margin-right:6px}
.card-section{margin:0 18px 16px;border:1px dashed #d9d0ff;border-radius:12px;padding:12px 14px}
.card-header{display:flex;justify-content:space-between;margin-bottom:8px}.shipment-title{font-weight:700}
.shipment-badge{font-size:12px;padding:1px 10px;border-radius:10px}.shipment-waiting{background:#fff3e0;color:#f08c00}.shipment-paid{background:#e6fcf5;color:#0ca678}
.card-display{font-family:"Noto Sans Mono CJK SC",Menlo,monospace;background:#faf8ff;border-radius:8px;padding:10px 12px;word-break:break-all}
.empty-state{text-align:center;padding:40px 0;color:#9a95b0}.empty-state p:first-child{font-size:17px;color:#5c5874}
.acg-footer{text-align:center;color:#9a95b0;font-size:12px;padding:24px 0}
`;

export function acgLayout(title: string, body: SafeHtml, extraCss = '', script = ''): SafeHtml {
  return html`<!DOCTYPE html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <link rel="icon" href="data:," />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} - 萌次元发卡</title>
        <style>
          ${raw(CSS)}${raw(extraCss)}
        </style>
      </head>
      <body>
        <header class="acg-header">
          <div class="in">
            <span class="acg-logo">萌次元<span>发卡</span></span>
            <a class="nav" href="/acg/user/index/query">订单查询</a
            ><a class="nav" href="/acg/user/ticket/index">我的工单</a
            ><a class="nav" href="/acg/user/ticket/create">创建工单</a>
          </div>
        </header>
        <main class="acg-main">${body}</main>
        <footer class="acg-footer">Powered by 异次元发卡 · 本站商品均为虚拟商品，演示站点</footer>
        ${
          script
            ? html`<script>
                ${raw(script)};
              </script>`
            : ''
        }
      </body>
    </html>`;
}

const secretPending = '正在发货中，请耐心等待，如有疑问，请联系客服。';
const secretGone = '很抱歉，有人在你付款之前抢走了商品，请联系客服。';

/** "已付款 / 已发货" style summary (payment status / delivery status). */
export function acgStatus(o: Order): string {
  const paid = o.paidAt !== undefined ? '已付款' : '待付款';
  return `${paid} / ${o.shipped === 'full' || o.shipped === 'partial' ? '已发货' : '等待发货'}`;
}

function orderItem(o: Order): SafeHtml {
  const paid = o.paidAt !== undefined;
  const shipped = o.shipped === 'full' || o.shipped === 'partial';
  const lines = o.delivery === 'topup' ? (o.topupNote ? [o.topupNote] : []) : o.keys;
  const secret = shipped ? lines : [o.shipped === 'failed' ? secretGone : secretPending];
  return html`<div class="order-item" data-trade-no="${o.orderNo}">
    <div class="order-header">
      <div class="order-status">
        <span class="status-badge ${paid ? 'status-paid' : 'status-pending'}"
          >${paid ? '已付款' : '待付款'}</span
        >
      </div>
      <div class="order-basic">
        <div class="order-no">#<span class="order-no-text">${o.orderNo}</span></div>
        <div class="order-time">下单时间：<span class="order-time-text">${fmtTime(o.createdAt)}</span></div>
        <div class="payment-time">
          付款时间：<span class="payment-time-text">${paid ? fmtTime(o.paidAt ?? 0) : '-'}</span>
        </div>
        <div class="payment-dst">
          支付方式：<span class="payment-method"
            ><span class="payment-icon" aria-hidden="true"></span
            ><span class="payment-name">${PAY_METHODS[o.payMethod]}</span></span
          >
        </div>
      </div>
      <div class="order-right">
        <div class="order-amount">
          <span class="amount-label">订单金额</span
          ><span class="amount-value"
            >¥<span class="amount-number">${(o.amount / 100).toFixed(2)}</span></span
          >
        </div>
      </div>
    </div>
    <div class="goods-section">
      <div class="goods-image" role="img" aria-label="商品图片"></div>
      <div>
        <h6 class="goods-name">${o.goodsName}</h6>
        <div class="goods-meta">
          <span>${DELIVERY_LABEL[o.delivery] === '人工直充' ? '手动发货' : DELIVERY_LABEL[o.delivery]}</span
          >${o.account ? html`<span>充值账号: ${o.account}</span>` : ''}<span>数量: ${o.quantity}</span>
        </div>
      </div>
    </div>
    ${
      paid
        ? html`<div class="card-section">
            <div class="card-header">
              <span class="shipment-title">宝贝内容</span>
              <span class="shipment-badge ${shipped ? 'shipment-paid' : 'shipment-waiting'}"
                >${shipped ? '已发货' : '等待发货'}</span
              >
            </div>
            <div class="card-display">${secret.map((s, i) => html`${i > 0 ? raw('<br>') : ''}${s}`)}</div>
            <p style="font-size:12px;color:#9a95b0;margin:8px 0 0">
              遇到问题？<a href="/acg/user/ticket/create?tradeNo=${o.orderNo}">提交售后工单</a>
            </p>
          </div>`
        : ''
    }
  </div>`;
}

function queryPage(keywords: string, found: Order[]): SafeHtml {
  return acgLayout(
    '订单查询',
    html`<div class="acg-card">
        <h2 style="margin:0 0 14px">订单查询</h2>
        <form class="order-query-form" method="get" action="/acg/user/index/query">
          <input name="keywords" value="${keywords}" placeholder="订单号/联系方式" /><button type="submit">
            查询订单
          </button>
        </form>
      </div>
      ${
        keywords === ''
          ? ''
          : html`<div class="order-list">
              ${
                found.length
                  ? found.map(orderItem)
                  : html`<div class="acg-card empty-state">
                      <p>未找到相关订单</p>
                      <p>请检查输入信息是否正确，或联系客服协助查询</p>
                    </div>`
              }
            </div>`
      }`,
  );
}

export const acgRoutes: Route[] = [
  {
    method: 'GET',
    re: /^\/acg\/(?:user\/index\/query)?$/,
    fn: (ctx) => {
      const kw = (ctx.url.searchParams.get('tradeNo') ?? ctx.url.searchParams.get('keywords') ?? '').trim();
      const found = ctx.app.store
        .list('acg')
        .filter((o) => kw !== '' && (o.orderNo === kw || o.email === kw));
      sendHtml(ctx.res, 200, queryPage(kw, found));
    },
  },
];
