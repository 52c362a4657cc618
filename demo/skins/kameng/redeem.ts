// A separate "official" redeem centre (its own look and generator): tells the buyer whether a key works.
import { html, raw, type SafeHtml } from '../../html.ts';
import { field, readForm, sendHtml, type Route } from '../../http.ts';

const CSS = `
*{box-sizing:border-box}body{margin:0;background:#eef3f8;color:#222;font:15px/1.6 "PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
.top{background:#0b1b33;color:#fff}.top .in{width:960px;margin:0 auto;height:64px;display:flex;align-items:center;gap:14px}
.top .mark{width:36px;height:36px;border-radius:50%;background:linear-gradient(135deg,#1fd1a5,#1b8cff);display:flex;align-items:center;justify-content:center;font-weight:700}
.top b{font-size:20px;letter-spacing:1px}.top span{color:#8fa6c8;font-size:13px}
.hero{background:linear-gradient(120deg,#123a6b,#1b8cff);color:#fff;text-align:center;padding:36px 0 80px}.hero h1{margin:0;font-size:30px;letter-spacing:4px}
.box{width:560px;margin:-56px auto 40px;background:#fff;border-radius:10px;box-shadow:0 8px 30px rgba(16,42,80,.15);padding:30px 36px}
.box label{display:block;color:#555;margin:10px 0 6px}.box input{width:100%;height:44px;border:1px solid #cfd8e3;border-radius:6px;padding:0 12px;font:inherit}
.box button{width:100%;height:46px;margin-top:18px;border:0;border-radius:6px;background:#1b8cff;color:#fff;font:inherit;font-size:17px;cursor:pointer}
.redeem-result{margin-top:18px;padding:14px 16px;border-radius:6px}.redeem-result strong{font-size:18px}.redeem-result p{margin:4px 0 0;font-size:13px}
.result-success{background:#e9f9f1;color:#0f8a4f;border:1px solid #b9ebd2}.result-used,.result-not-found{background:#fff1f0;color:#d4380d;border:1px solid #ffccc7}
.foot{text-align:center;color:#8a97a8;font-size:12px;padding-bottom:30px}
`;

const RESULTS = {
  used: ['卡密已被使用', '该卡密已被兑换，无法重复使用。如非本人操作，请联系售卡商家处理。'],
  'not-found': ['卡密不存在', '未查询到该卡密，请核对后重新输入（注意区分数字0与字母O）。'],
  success: ['充值成功', '点数已充值到您的游戏账号，请重新登录游戏查看。'],
} as const;
type Result = keyof typeof RESULTS;

function page(key: string, result?: Result): SafeHtml {
  const r = result ? RESULTS[result] : undefined;
  return html`<!DOCTYPE html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <link rel="icon" href="data:," />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="generator" content="Official Redeem Center" />
        <title>卡密兑换 - 游戏官方充值中心</title>
        <style>
          ${raw(CSS)}
        </style>
      </head>
      <body>
        <div class="top">
          <div class="in">
            <span class="mark">G</span><b>游戏官方充值中心</b><span>账号充值 · 点卡兑换 · 官方保障</span>
          </div>
        </div>
        <div class="hero">
          <h1>点卡 / 卡密兑换</h1>
          <p>输入卡密即可为游戏账号充值</p>
        </div>
        <div class="box">
          <form method="post" action="/official/redeem" class="redeem-form">
            <label for="account">游戏账号</label
            ><input id="account" name="account" placeholder="请输入要充值的游戏账号" value="player_10086" />
            <label for="key">卡密</label
            ><input
              id="key"
              name="key"
              placeholder="请输入卡密，如 XXXX-XXXX-XXXX-XXXX"
              value="${key}"
              required
            />
            <button type="submit">立即兑换</button>
          </form>
          ${
            r
              ? html`<div
                  class="redeem-result result-${result ?? ''}"
                  role="alert"
                  data-result="${result ?? ''}"
                >
                  <strong>${r[0]}</strong>
                  <p>${r[1]}</p>
                </div>`
              : ''
          }
        </div>
        <p class="foot">官方充值中心仅受理官方渠道卡密 · 客服热线 400-000-0000（演示）</p>
      </body>
    </html>`;
}

export const redeemRoutes: Route[] = [
  { method: 'GET', re: /^\/official\/redeem$/, fn: (ctx) => sendHtml(ctx.res, 200, page('')) },
  {
    method: 'POST',
    re: /^\/official\/redeem$/,
    fn: async (ctx) => {
      const key = field(await readForm(ctx.req), 'key');
      const result = key === '' ? 'not-found' : ctx.app.store.redeem(key);
      sendHtml(ctx.res, 200, page(key, result));
    },
  },
];
