// Checkout (order confirmation): creates an unpaid order and sends the buyer to /pay/:orderNo.
import {
  DELIVERY_LABEL,
  PAY_METHODS,
  SCENARIOS,
  findGoods,
  type Goods,
  type PayMethod,
  type Scenario,
} from '../../catalog.ts';
import { yuan } from '../../clock.ts';
import { html, type SafeHtml } from '../../html.ts';
import { field, readForm, redirect, sendHtml, type Route } from '../../http.ts';
import { errorPage, kamengPage } from './layout.ts';

const CSS = `
.pay-methods{display:flex;gap:12px;flex-wrap:wrap}.pay-methods label{border:1px solid #d0d4dc;border-radius:6px;padding:10px 18px;cursor:pointer;display:flex;gap:6px;align-items:center}
.pay-methods label:has(input:checked){border-color:#ff5a1f;background:#fff6f1}
.summary td{padding:6px 0}.summary td:first-child{color:#999;width:110px}
`;

const TOTAL_SCRIPT = `(function(){
  var q=document.getElementById('quantity'),t=document.getElementById('total');if(!q||!t)return;
  var unit=Number(t.getAttribute('data-unit'));
  q.addEventListener('input',function(){var n=Math.max(1,Math.floor(Number(q.value)||1));t.textContent='¥'+(unit*n/100).toFixed(2);});
})();`;

function checkoutPage(g: Goods, quantity: number, scenario: string): SafeHtml {
  const methods = Object.entries(PAY_METHODS) as [PayMethod, string][];
  return kamengPage({
    title: '确认订单',
    css: CSS,
    script: TOTAL_SCRIPT,
    body: html`<p class="crumb">
        <a href="/">首页</a> &gt; <a href="/goods/${g.id}">${g.name}</a> &gt; 确认订单
      </p>
      <main class="page checkout">
        <div class="panel">
          <h2>确认订单</h2>
          <table class="summary">
            <tr>
              <td>商品名称</td>
              <td>${g.name}</td>
            </tr>
            <tr>
              <td>商品单价</td>
              <td>${yuan(g.price)}</td>
            </tr>
            <tr>
              <td>发货方式</td>
              <td>${DELIVERY_LABEL[g.delivery]}（${g.promise}）</td>
            </tr>
          </table>
        </div>
        <form class="panel" method="post" action="/checkout/${g.id}">
          <h2>填写订单信息</h2>
          <div class="form-row">
            <label for="quantity">购买数量</label
            ><input
              type="number"
              id="quantity"
              name="quantity"
              value="${quantity}"
              min="1"
              max="${g.stock}"
            />
          </div>
          ${
            g.delivery === 'topup'
              ? html`<div class="form-row">
                  <label for="account">充值账号</label>
                  <div>
                    <input
                      type="text"
                      id="account"
                      name="account"
                      required
                      pattern="1\\d{10}"
                      placeholder="请输入11位手机号码"
                    />
                    <div class="hint">请仔细核对，充错账号无法退款</div>
                  </div>
                </div>`
              : ''
          }
          <div class="form-row">
            <label for="contact">联系邮箱</label
            ><input type="text" id="contact" name="email" value="buyer2024@qq.com" />
          </div>
          <div class="form-row">
            <label>支付方式</label>
            <div class="pay-methods">
              ${methods.map(
                ([id, label], i) =>
                  html`<label
                    ><input type="radio" name="pay_method" value="${id}" ${i === 0 ? html` checked` : ''} />
                    ${label}</label
                  >`,
              )}
            </div>
          </div>
          ${scenario ? html`<input type="hidden" name="scenario" value="${scenario}" />` : ''}
          <div class="form-row">
            <label></label>
            <div>
              应付金额：<span class="price" id="total" data-unit="${g.price}" style="font-size:22px"
                >${yuan(g.price * quantity)}</span
              >&emsp;
              <button class="btn btn-primary btn-lg" type="submit">提交订单</button>
            </div>
          </div>
        </form>
      </main>`,
  });
}

const clampQty = (raw: string | null, g: Goods): number =>
  Math.min(g.stock, Math.max(1, Math.floor(Number(raw) || 1)));
const scenarioParam = (v: string): Scenario | undefined => SCENARIOS.find((s) => s === v);

export const checkoutRoutes: Route[] = [
  {
    method: 'GET',
    re: /^\/checkout\/(\d+)$/,
    fn: (ctx, [id]) => {
      const g = findGoods(Number(id));
      if (!g) return sendHtml(ctx.res, 404, errorPage('商品不存在', '该商品不存在或已下架'));
      const scenario = scenarioParam(ctx.url.searchParams.get('scenario') ?? '') ?? '';
      sendHtml(ctx.res, 200, checkoutPage(g, clampQty(ctx.url.searchParams.get('quantity'), g), scenario));
    },
  },
  {
    method: 'POST',
    re: /^\/checkout\/(\d+)$/,
    fn: async (ctx, [id]) => {
      const g = findGoods(Number(id));
      if (!g) return sendHtml(ctx.res, 404, errorPage('商品不存在', '该商品不存在或已下架'));
      const form = await readForm(ctx.req);
      const pay = field(form, 'pay_method');
      const account = field(form, 'account');
      if (g.delivery === 'topup' && !/^1\d{10}$/.test(account)) {
        return sendHtml(
          ctx.res,
          400,
          errorPage('下单失败', '请填写正确的11位充值手机号', `/checkout/${g.id}`),
        );
      }
      const order = ctx.app.store.create({
        scenario: scenarioParam(field(form, 'scenario')) ?? g.scenario,
        goodsId: g.id,
        quantity: clampQty(field(form, 'quantity'), g),
        payMethod: pay in PAY_METHODS ? (pay as PayMethod) : 'wechat',
        account: account || undefined,
        email: field(form, 'email') || undefined,
        paid: false,
      });
      redirect(ctx.res, `/pay/${order.orderNo}`);
    },
  },
];
