// Flagship "星辰卡盟" page shell: header, nav, footer and the shared stylesheet (inline, system fonts).
import { html, raw, type SafeHtml } from '../../html.ts';

export const SITE_NAME = '星辰卡盟';
export const GENERATOR = 'XingChen KaMeng 3.2';
export const SERVICE_QQ = '800012345';

const CSS = `
*{box-sizing:border-box}
body{margin:0;background:#f3f4f7;color:#333;font:14px/1.6 "PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC",sans-serif}
a{color:#2458c6;text-decoration:none}a:hover{color:#ff5000}
.wrap{width:1180px;max-width:100%;margin:0 auto;padding:0 16px}
.topbar{background:#2b2f3a;color:#aab;font-size:12px;line-height:30px}.topbar a{color:#ccd;margin-left:14px}
.topbar .wrap{display:flex;justify-content:space-between}
.header{background:#fff;border-bottom:1px solid #e8e8e8}.header .wrap{display:flex;align-items:center;gap:32px;height:92px}
.logo{display:flex;align-items:center;gap:10px;color:#222}.logo-mark{width:46px;height:46px;border-radius:12px;background:linear-gradient(135deg,#ff8a00,#ff3d3d);color:#fff;font-size:26px;display:flex;align-items:center;justify-content:center}
.logo-text{font-size:28px;font-weight:700;letter-spacing:2px;color:#ff4d1a}.logo-sub{font-size:11px;color:#999;letter-spacing:1px}
.search{flex:1;display:flex;max-width:480px}.search input{flex:1;height:38px;border:2px solid #ff5a1f;border-right:0;padding:0 12px;border-radius:4px 0 0 4px;font:inherit}
.search button{width:84px;border:0;background:#ff5a1f;color:#fff;font:inherit;font-size:15px;border-radius:0 4px 4px 0;cursor:pointer}
.promises{display:flex;gap:14px;font-size:12px;color:#666}.promises span::before{content:"✔";color:#19a15f;margin-right:3px}
.nav{background:linear-gradient(90deg,#1d3f8f,#2b5fd0)}.nav .wrap{display:flex;align-items:center}
.nav a{color:#fff;font-size:15px;padding:0 26px;line-height:44px;display:block}.nav a.on,.nav a:hover{background:rgba(255,255,255,.16);color:#fff}
.nav .nav-tip{margin-left:auto;color:#cfe0ff;font-size:12px}
main,.page{display:block;margin:18px auto 28px}
.panel{background:#fff;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.06);padding:18px 22px;margin-bottom:16px}
.panel>h2,.panel-title{font-size:16px;margin:0 0 14px;padding-left:10px;border-left:4px solid #ff5a1f;line-height:18px}
h1{font-size:20px;margin:0 0 16px}
.crumb{font-size:12px;color:#888;margin:14px 0 0}.crumb a{color:#666}
.btn{display:inline-block;padding:7px 18px;border-radius:4px;border:1px solid #d0d4dc;background:#fff;color:#333;font:inherit;cursor:pointer;line-height:20px}
.btn:hover{border-color:#ff5a1f;color:#ff5a1f}.btn-primary{background:#ff5a1f;border-color:#ff5a1f;color:#fff}.btn-primary:hover{background:#f04a0e;color:#fff}
.btn-blue{background:#2b5fd0;border-color:#2b5fd0;color:#fff}.btn-blue:hover{color:#fff;background:#2250b8}.btn-lg{padding:10px 34px;font-size:16px}
.price{color:#ff3d00;font-weight:700}.muted{color:#999;font-size:12px}
.badge{display:inline-block;font-size:12px;padding:0 6px;border-radius:3px;line-height:20px;background:#eef4ff;color:#2b5fd0;border:1px solid #cddcff}
.badge-green{background:#eafaf1;color:#17a05d;border-color:#bfe9d2}.badge-orange{background:#fff4ec;color:#f06000;border-color:#ffd5b8}
.status-tag{display:inline-block;padding:1px 10px;border-radius:12px;background:#fff4ec;color:#f06000;border:1px solid #ffcfae;font-size:13px}
.status-tag[data-status=delivered],.status-tag[data-status=refunded]{background:#eafaf1;color:#17a05d;border-color:#bfe9d2}
.status-tag[data-status=failed],.status-tag[data-status=rejected],.status-tag[data-status=partial]{background:#fff0f0;color:#e02424;border-color:#ffc9c9}
.status-tag[data-status=closed]{background:#f2f2f2;color:#888;border-color:#ddd}
table.grid{width:100%;border-collapse:collapse}table.grid th,table.grid td{border-bottom:1px solid #eee;padding:10px 8px;text-align:left}
table.grid th{background:#fafafa;color:#666;font-weight:normal}
.form-row{display:flex;align-items:flex-start;margin-bottom:16px}.form-row>label:first-child{width:110px;color:#666;padding-top:7px;flex:none}
.form-row input[type=text],.form-row input[type=number],.form-row select,.form-row textarea{width:420px;max-width:100%;padding:7px 10px;border:1px solid #d0d4dc;border-radius:4px;font:inherit}
.form-row textarea{height:120px;resize:vertical}.hint{font-size:12px;color:#999;margin-top:4px}
.notice{padding:10px 14px;border-radius:4px;margin:10px 0;font-size:13px}
.notice-warn{background:#fff8e6;border:1px solid #ffe1a0;color:#8a5a00}.notice-danger{background:#fff0f0;border:1px solid #ffc9c9;color:#c81e1e}
.notice-info{background:#eef4ff;border:1px solid #cddcff;color:#1d3f8f}
.footer{background:#2b2f3a;color:#9aa0ad;font-size:12px;padding:26px 0 18px;margin-top:30px}
.footer .cols{display:flex;gap:60px;margin-bottom:16px}.footer h4{color:#dde;font-size:14px;margin:0 0 8px}
.footer p{margin:3px 0}.footer .disclaimer{border-top:1px solid #3c4150;padding-top:12px;line-height:1.8}
`;

const NAV: [string, string][] = [
  ['首页', '/'],
  ['商品分类', '/#categories'],
  ['订单查询', '/query'],
  ['个人中心', '/user/orders'],
];

export interface PageOpts {
  title: string;
  body: SafeHtml;
  nav?: string;
  css?: string;
  script?: string;
}

export function kamengPage(o: PageOpts): SafeHtml {
  return html`<!DOCTYPE html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <link rel="icon" href="data:," />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="generator" content="${GENERATOR}" />
        <title>${o.title} - ${SITE_NAME}</title>
        <style>
          ${raw(CSS)}${raw(o.css ?? '')}
        </style>
      </head>
      <body>
        <div class="topbar">
          <div class="wrap">
            <span>您好，欢迎来到${SITE_NAME}！会员：xc_buyer</span>
            <span
              ><a href="/user/orders">我的订单</a><a href="/user/orders">账户余额：¥36.20</a
              ><a href="/query">客服中心</a></span
            >
          </div>
        </div>
        <header class="header">
          <div class="wrap">
            <a class="logo" href="/"
              ><span class="logo-mark">★</span
              ><span
                ><span class="logo-text">${SITE_NAME}</span><br /><span class="logo-sub"
                  >虚拟商品 · 自动发卡 · 担保交易</span
                ></span
              ></a
            >
            <form class="search" action="/" method="get">
              <input name="q" placeholder="搜索商品，如：腾讯视频 / 点卡 / 话费" /><button type="submit">
                搜索
              </button>
            </form>
            <div class="promises"><span>正品保障</span><span>极速发货</span><span>售后无忧</span></div>
          </div>
        </header>
        <nav class="nav" aria-label="主导航">
          <div class="wrap">
            ${NAV.map(([label, href]) => html`<a href="${href}" ${raw(label === o.nav ? ' class="on"' : '')}>${label}</a>`)}
            <span class="nav-tip">客服在线：09:00-23:00&emsp;QQ：${SERVICE_QQ}</span>
          </div>
        </nav>
        <div class="wrap">${o.body}</div>
        <footer class="footer">
          <div class="wrap">
            <div class="cols">
              <div>
                <h4>新手指南</h4>
                <p>购物流程</p>
                <p>支付方式</p>
                <p>卡密使用说明</p>
              </div>
              <div>
                <h4>售后服务</h4>
                <p>退款说明</p>
                <p>申请平台介入</p>
                <p>投诉与建议</p>
              </div>
              <div>
                <h4>联系我们</h4>
                <p>客服 QQ：${SERVICE_QQ}</p>
                <p>服务时间：每天 09:00-23:00</p>
                <p>投诉邮箱：kefu@xingchen-km.example</p>
              </div>
            </div>
            <div class="disclaimer">
              本站商品均为虚拟商品，付款后自动发货或人工直充，请仔细阅读商品说明后再购买；请勿轻信任何要求添加微信/QQ私下交易的信息，站外交易不受平台保障。<br />
              © 2019-2025 ${SITE_NAME} 版权所有&emsp;本站为 CardShield 演示站点，所有商品与交易均为模拟数据。
            </div>
          </div>
        </footer>
        ${
          o.script
            ? html`<script>
                ${raw(o.script)};
              </script>`
            : ''
        }
      </body>
    </html>`;
}

export function errorPage(title: string, message: string, back = '/'): SafeHtml {
  return kamengPage({
    title,
    body: html`<main class="page">
      <div class="panel" style="text-align:center;padding:50px 20px">
        <h1 style="color:#e02424">${title}</h1>
        <p class="error-message">${message}</p>
        <p><a class="btn" href="${back}">返回上一页</a> <a class="btn btn-primary" href="/">返回首页</a></p>
      </div>
    </main>`,
  });
}
