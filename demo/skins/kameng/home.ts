// 星辰卡盟 home page (product list) and product page.
import { CATEGORIES, DELIVERY_LABEL, GOODS, findGoods, type Goods } from '../../catalog.ts';
import { yuan } from '../../clock.ts';
import { html, type SafeHtml } from '../../html.ts';
import { sendHtml, type Route } from '../../http.ts';
import { errorPage, kamengPage } from './layout.ts';

const THUMB: Record<Goods['category'], string> = {
  游戏点卡: 'linear-gradient(135deg,#7b5cff,#3b8bff)',
  视频会员: 'linear-gradient(135deg,#ff7a45,#ff3d6e)',
  话费直充: 'linear-gradient(135deg,#13c2a3,#2f9bff)',
  软件激活: 'linear-gradient(135deg,#3a4a6b,#5b6f99)',
};

const CSS = `
.banner{display:flex;gap:16px;margin-bottom:16px}.banner .hero{flex:1;border-radius:8px;padding:30px 36px;color:#fff;background:linear-gradient(120deg,#1d3f8f,#4d7cf0 60%,#ff8a3d)}
.hero h2{font-size:28px;margin:0 0 8px;letter-spacing:2px}.hero p{margin:0;opacity:.9}
.board{width:300px;background:#fff;border-radius:8px;padding:14px 18px;font-size:13px}.board h3{margin:0 0 8px;font-size:15px}.board h3::before{content:"";display:inline-block;width:4px;height:14px;background:#ff5a1f;margin-right:8px;vertical-align:-1px}.board li{margin:4px 0;color:#555}
.goods-grid{display:grid;grid-template-columns:repeat(4,1fr);gap:16px}
.goods-card{border:1px solid #eee;border-radius:6px;overflow:hidden;background:#fff;transition:box-shadow .2s}.goods-card:hover{box-shadow:0 4px 14px rgba(0,0,0,.1)}
.goods-card a{color:#333;display:block}.thumb{height:110px;color:#fff;font-size:22px;font-weight:700;display:flex;align-items:center;justify-content:center;letter-spacing:2px}
.goods-card .body{padding:10px 12px}.goods-card h3{font-size:14px;margin:0 0 4px;height:22px;overflow:hidden}
.goods-card .sum{font-size:12px;color:#999;height:38px;overflow:hidden;margin:0 0 6px}.goods-card .price{font-size:18px}
.detail{display:flex;gap:28px}.detail .thumb{width:320px;height:240px;border-radius:6px;font-size:30px;flex:none}
.detail .info{flex:1}.detail h1{font-size:22px}.pricebox{background:#fff6f1;padding:12px 16px;border-radius:4px;margin:10px 0}
.pricebox .price{font-size:28px}.kv{margin:8px 0;color:#666}.kv b{display:inline-block;width:80px;font-weight:normal;color:#999}
.delivery-promise{color:#17a05d;margin:8px 0}.delivery-promise::before{content:"⚡ "}
.no-refund-notice{color:#e02424;font-weight:700;margin:8px 0}
.qty{width:90px;padding:6px 8px;border:1px solid #d0d4dc;border-radius:4px;font:inherit}
.after-sales-policy ul{margin:0;padding-left:20px;color:#555}.after-sales-policy li{margin:4px 0}
`;

function thumb(g: Goods): SafeHtml {
  return html`<div class="thumb" style="background:${THUMB[g.category]}">${g.name.split(/[ （]/)[0]}</div>`;
}

function card(g: Goods): SafeHtml {
  return html`<div class="goods-card">
    <a href="/goods/${g.id}"
      >${thumb(g)}
      <div class="body">
        <h3>${g.name}</h3>
        <p class="sum">${g.summary}</p>
        <span class="price">${yuan(g.price)}</span>
        <span class="badge${g.delivery === 'auto' ? ' badge-green' : ' badge-orange'}"
          >${DELIVERY_LABEL[g.delivery]}</span
        >
        <div class="muted">库存 ${g.stock} · 已售 ${g.sold}</div>
      </div></a
    >
  </div>`;
}

function home(q: string): SafeHtml {
  const list = GOODS.filter((g) => q === '' || g.name.includes(q) || g.category.includes(q));
  const sections = CATEGORIES.map((cat) => {
    const items = list.filter((g) => g.category === cat);
    if (items.length === 0) return '';
    return html`<section class="panel">
      <h2>${cat}</h2>
      <div class="goods-grid">${items.map(card)}</div>
    </section>`;
  });
  return kamengPage({
    title: '首页',
    nav: '首页',
    css: CSS,
    body: html`<main class="page">
      <div class="banner">
        <div class="hero">
          <h2>游戏点卡 · 视频会员 · 话费直充</h2>
          <p>7×24 小时自动发卡，秒到账；支持微信、支付宝、站内余额、银行卡付款</p>
        </div>
        <div class="board">
          <h3>平台公告</h3>
          <ul style="padding-left:18px;margin:0">
            <li>近期有人冒充客服要求加微信私下交易，请勿相信！</li>
            <li>未发货或卡密无效可在订单详情申请退款</li>
            <li>商家24小时未处理可申请平台介入</li>
          </ul>
        </div>
      </div>
      <div id="categories">
        ${q ? html`<p class="notice notice-info">搜索“${q}”共找到 ${list.length} 件商品</p>` : ''}${sections}
      </div>
    </main>`,
  });
}

function policy(g: Goods): SafeHtml {
  const lines = g.noRefund
    ? ['虚拟商品一经售出概不退换，请确认后再购买', '如遇问题请通过站内聊天联系商家']
    : [
        g.delivery === 'topup'
          ? '人工直充商品由商家手动充值，请确保充值账号填写正确'
          : '付款后请在「订单详情」查看卡密，并尽快使用',
        '未发货、卡密无效或已被使用，可在订单详情申请退款，商家需在24小时内处理',
        '商家拒绝或超时未处理，可申请平台介入，平台审核通过后强制退款',
        g.scenario === 'balance-fee'
          ? '本商品退款统一退至站内余额，并收取5%手续费'
          : '退款原路返回，站内余额支付的退回余额',
        '请使用站内聊天与商家沟通，站外交易不受平台保障',
      ];
  return html`<section class="panel after-sales-policy">
    <h2>售后说明</h2>
    <ul>
      ${lines.map((l) => html`<li>${l}</li>`)}
    </ul>
  </section>`;
}

function goodsPage(g: Goods): SafeHtml {
  return kamengPage({
    title: g.name,
    nav: '商品分类',
    css: CSS,
    body: html`<p class="crumb">
        <a href="/">首页</a> &gt; <a href="/#categories">${g.category}</a> &gt; ${g.name}
      </p>
      <main class="page">
        <div class="panel detail">
          ${thumb(g)}
          <div class="info">
            <h1 class="goods-title">${g.name}</h1>
            <p class="muted">${g.summary}</p>
            <div class="pricebox">售价 <span class="price">${yuan(g.price)}</span></div>
            <p class="kv">
              <b>库存</b><span class="stock">${g.stock}</span> 件&emsp;<span class="muted"
                >已售 ${g.sold}</span
              >
            </p>
            <p class="kv"><b>发货方式</b>${DELIVERY_LABEL[g.delivery]}</p>
            <p class="delivery-promise">${g.promise}</p>
            ${g.noRefund ? html`<p class="no-refund-notice">虚拟商品一经售出概不退换</p>` : ''}
            <form method="get" action="/checkout/${g.id}">
              <p class="kv">
                <b>购买数量</b
                ><input class="qty" type="number" name="quantity" value="1" min="1" max="${g.stock}" />
              </p>
              <p><button class="btn btn-primary btn-lg" type="submit">立即购买</button></p>
            </form>
          </div>
        </div>
        ${policy(g)}
        <section class="panel">
          <h2>商品详情</h2>
          <p>${g.summary}。</p>
          <p>
            使用方法：付款成功后进入「个人中心 → 我的订单 →
            订单详情」复制卡密，前往官方充值中心兑换。如有疑问请点击订单页「联系商家」。
          </p>
        </section>
      </main>`,
  });
}

export const homeRoutes: Route[] = [
  {
    method: 'GET',
    re: /^\/$/,
    fn: (ctx) => sendHtml(ctx.res, 200, home((ctx.url.searchParams.get('q') ?? '').trim())),
  },
  {
    method: 'GET',
    re: /^\/goods\/(\d+)$/,
    fn: (ctx, [id]) => {
      const g = findGoods(Number(id));
      if (!g) return sendHtml(ctx.res, 404, errorPage('商品不存在', '该商品不存在或已下架'));
      sendHtml(ctx.res, 200, goodsPage(g));
    },
  },
];
