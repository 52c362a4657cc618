// 订单售后保障: the order summary (same markup contract as the detail page, so the extension treats it as an
// order page) above the platform's long 售后服务协议, under a sticky bar. About ten 800 px viewports tall at
// 1280 px wide: the e2e full-page capture and `npm run bench` use it (a sticky header must appear once).
import { html, type SafeHtml } from '../../html.ts';
import { sendHtml, type Route } from '../../http.ts';
import type { Order } from '../../store.ts';
import { kamengPage, SERVICE_QQ, SITE_NAME } from './layout.ts';
import { kamengOrder, orderInfoTable } from './orders.ts';

/** The sticky bar's solid colour: used nowhere else on the page, so a test can find it in a screenshot. */
export const AFTER_SALES_BAR_COLOR = '#0e7c66';

const CSS = `
.as-bar{position:sticky;top:0;z-index:20;height:52px;background:${AFTER_SALES_BAR_COLOR};color:#fff;display:flex;align-items:center;gap:18px;padding:0 24px;margin:14px 0 0}
.as-bar b{font-size:16px;letter-spacing:1px}.as-bar a{color:#fff;margin-left:auto;border:1px solid rgba(255,255,255,.7);border-radius:3px;padding:2px 12px;font-size:13px}
.order-detail{display:block;margin:16px 0 0}
table.order-info{border-collapse:collapse;width:100%}table.order-info th,table.order-info td{border:1px solid #eee;padding:9px 14px;text-align:left}
table.order-info th{width:130px;background:#fafafa;color:#777;font-weight:normal}
.as-terms{padding:26px 60px}.as-terms section,.as-faq,.as-rules{max-width:760px;margin:0 auto}
.as-example{border:1px dashed #cfd6e4;border-radius:6px;background:#fbfcfe;padding:12px 18px;margin:0 0 16px}.as-example h4{margin:0 0 8px;font-size:14px}
.as-example p{margin:6px 0;line-height:1.9;color:#444}.as-example ul{margin:4px 0 0;padding-left:22px;color:#555;line-height:1.9}
.as-terms h2{font-size:18px;text-align:center;margin:6px 0 4px;border:0;padding:0}
.as-terms .as-version{text-align:center;color:#999;font-size:12px;margin:0 0 18px}
.as-terms h3{font-size:16px;margin:30px 0 10px;color:#1d3f8f}
.as-terms ol{margin:0;padding-left:26px}.as-terms li{margin:0 0 10px;line-height:2;font-size:15px;color:#444}
.as-terms .as-sign{margin:26px auto 0;max-width:760px;text-align:right;color:#666}
.as-rules table{border-collapse:collapse;width:100%;font-size:13px}.as-rules th,.as-rules td{border:1px solid #e5e7ee;padding:9px 12px;text-align:left;vertical-align:top;line-height:1.8}
.as-rules th{background:#f6f8fb;color:#555;font-weight:normal;white-space:nowrap}
.as-faq dt{font-weight:700;color:#333;margin:20px 0 6px}.as-faq dt::before{content:"问：";color:#ff5a1f}
.as-faq dd{margin:0;color:#555;line-height:2;font-size:15px}.as-faq dd::before{content:"答：";color:#2b5fd0;font-weight:700}
`;

/** 售后服务协议: article title and clauses (realistic wording for a 卡盟; the demo's own terms). */
const TERMS: [string, string[]][] = [
  [
    '第一条 总则',
    [
      `本协议由${SITE_NAME}（以下简称“本平台”）与在本平台购买虚拟商品的会员（以下简称“买家”）共同订立，适用于买家在本平台通过自动发卡、人工发货及人工直充方式购买的全部商品。`,
      '买家在本平台下单付款，即视为已阅读并同意本协议全部条款。商家在本平台开设店铺，即视为承诺遵守本协议约定的售后义务。',
      '本协议未约定的事项，适用本平台《交易规则》《商家管理规范》及国家有关法律法规的规定。',
      '本平台作为交易担保方，对商家发货、卡密有效性及售后处理进行监督，但不替代商家承担商品本身的质量责任。',
    ],
  ],
  [
    '第二条 定义',
    [
      '“卡密”是指商家交付的卡号、密码、激活码、兑换码等可用于兑换或使用商品的信息，以订单详情页“卡密信息”栏显示的内容为准。',
      '“发货时效”是指商品页及订单详情页载明的商家承诺发货时间，例如“自动发货，付款后即时到账”“人工发货，付款后30分钟内”。',
      '“未发货”是指买家付款后，超过商家承诺的发货时效，订单详情页仍未显示卡密或充值成功记录的情形。',
      '“卡密无效”是指卡密在对应的官方兑换渠道提示“卡密不存在”“卡密已被使用”“卡密已过期”等无法正常使用的情形。',
      '“平台介入”是指买家与商家就售后问题协商不成时，由本平台客服根据双方提交的凭证作出处理决定的程序。',
    ],
  ],
  [
    '第三条 发货与验收',
    [
      '自动发货商品付款成功后，系统将即时在订单详情页展示卡密，请买家在付款后及时查看并复制保存。',
      '人工发货及人工直充商品，商家应在承诺的发货时效内完成发货；超过时效未发货的，买家可直接申请退款，无需等待商家同意。',
      '买家应在收到卡密后24小时内完成兑换或验证。因买家超过验证期限导致卡密被他人使用或过期的，本平台将结合订单记录酌情处理。',
      '买家兑换卡密前，请确认所购商品的区服、账号类型及面值与需求一致。因买家选错商品导致无法使用的，不属于卡密无效。',
      '订单详情页显示的卡密即为商家交付的全部内容。商家通过站内聊天补发的卡密，应同时在订单中补录，以便平台核对。',
    ],
  ],
  [
    '第四条 退款情形',
    [
      '有下列情形之一的，买家可在订单详情页点击“申请退款”：（一）超过发货时效未发货；（二）卡密无效或已被使用；（三）充值未到账；（四）部分发货且剩余商品无法补发；（五）商品与描述严重不符。',
      '虚拟商品一经发货且卡密可以正常使用的，原则上不支持无理由退款。商品页另有约定的，从其约定。',
      '商家在商品页或店铺公告中声明“一经售出概不退换”的，该声明不影响买家就未发货、卡密无效等情形依本协议申请退款的权利。',
      '同一订单仅可发起一次退款申请；申请被商家驳回后，买家可在订单详情页申请平台介入。',
    ],
  ],
  [
    '第五条 退款申请与凭证',
    [
      '买家申请退款时，应如实填写退款金额、退款原因及问题描述，问题描述不少于20字，并尽量上传能够证明问题的截图。',
      '卡密无效的，请上传官方兑换页面的失败提示截图，截图中应能看清提示文字、兑换时间及所兑换的卡密（可部分打码）。',
      '充值未到账的，请上传充值账号的余额或到账记录截图；未发货的，请上传订单详情页显示“待发货”的截图。',
      '单次申请最多上传5张凭证图片，每张不超过5MB，支持PNG、JPG、WEBP格式。请勿上传与订单无关或经过修改的图片。',
      '买家提交的凭证仅用于本次售后处理，本平台不会向无关第三方公开。伪造、篡改凭证的，本平台有权驳回申请并限制账号使用。',
    ],
  ],
  [
    '第六条 商家处理时限',
    [
      '商家应在收到退款申请后24小时内处理，同意退款或说明拒绝理由。商家拒绝退款的，应提供卡密已被正常使用的证明或其他合理依据。',
      '商家超过24小时未处理的，系统视为商家同意退款，退款将按原路退回或退至站内余额。',
      '在处理期间，商家不得以任何理由要求买家撤销申请，不得威胁、辱骂买家，不得以“补发”为由拖延处理超过承诺时限。',
      '商家同意退款的，退款金额不得低于买家实付金额中未履约部分，平台另有规定的手续费除外。',
    ],
  ],
  [
    '第七条 平台介入',
    [
      '商家拒绝退款，或超过处理时限仍未处理的，买家可在订单详情页点击“申请平台介入”，平台客服将在48小时内作出处理决定。',
      '平台介入期间，请买家保持站内沟通，及时补充客服要求的凭证。买家在规定时间内未补充凭证的，平台将根据现有材料作出决定。',
      '平台客服将综合订单记录、发货记录、卡密兑换记录、聊天记录及双方提交的凭证进行判断，处理结果对双方具有约束力。',
      '平台认定商家存在未发货、发送无效卡密、重复出售同一卡密等行为的，将退款给买家，并对商家采取扣除保证金、下架商品、关闭店铺等措施。',
    ],
  ],
  [
    '第八条 站外交易风险提示',
    [
      '请买家始终在本平台站内完成付款与沟通。任何以“平台不方便”“私下处理更快”等理由要求添加微信、QQ或转到其他网站付款的，均属违规行为。',
      '买家与商家在站外达成的交易、转账或补偿约定，本平台无法核实，也无法介入处理，由此产生的损失由买家自行承担。',
      '发现商家诱导站外交易的，请保留聊天记录截图并通过“投诉与建议”或申请平台介入时一并提交，本平台核实后将严肃处理。',
      '本平台客服不会通过私人微信、QQ联系买家，不会索要买家的支付密码、短信验证码或完整卡密。',
    ],
  ],
  [
    '第九条 退款方式与到账时间',
    [
      '退款默认原路返回：微信支付、支付宝一般1-3个工作日到账；银行卡支付一般3-7个工作日到账，具体以支付机构处理时间为准。',
      '使用站内余额支付的订单，退款退回站内余额，即时到账。商品页声明退款至站内余额的，按其声明执行。',
      '部分商品退款可能收取手续费，手续费比例在商品页和退款申请页面明示。未明示的，不得收取。',
      '退款完成后，订单状态将显示为“已退款”，买家可在订单详情页的退款进度中查看退款时间及退款去向。',
    ],
  ],
  [
    '第十条 证据与记录保存',
    [
      '本平台保存订单、发货、卡密展示及站内聊天记录不少于180天，供售后处理及有关部门依法调取。',
      '建议买家自行保存订单详情页、卡密信息、兑换失败提示及聊天记录的截图，并记录截图时间，以便在申请退款或投诉时提交。',
      '订单详情页显示的信息以页面展示为准。商家事后修改商品描述或发货时效的，不影响已成立订单的约定。',
    ],
  ],
  [
    '第十一条 投诉与争议解决',
    [
      `买家对售后处理结果有异议的，可通过客服QQ ${SERVICE_QQ} 或页面底部的“投诉与建议”提交复核申请，本平台将在5个工作日内答复。`,
      '经平台处理仍无法解决的，买家可依法向消费者协会投诉，或向有关行政部门举报，亦可依法向人民法院提起诉讼。',
      '本平台将积极配合有关部门的调查工作，依法提供订单记录、发货记录等相关资料。',
    ],
  ],
  [
    '第十二条 附则',
    [
      '本协议自公布之日起施行。本平台修改本协议的，将提前7日在网站公告，修改后的协议不影响修改前已成立订单的售后处理。',
      '本协议的解释权归本平台所有，但本平台的解释不得违反法律法规的规定，不得减轻或免除商家依法应当承担的责任。',
      '本协议各条款标题仅为阅读方便而设，不影响条款内容的理解。',
    ],
  ],
];

/** 附件一 各类商品售后细则: category, 验证期限, 可退情形, 凭证. */
const RULES: [string, string, string, string][] = [
  [
    '游戏点卡',
    '发货后24小时内',
    '卡密不存在、卡密已被使用、面值与商品不符',
    '官方充值中心的兑换失败提示截图（含时间与卡号），订单详情页截图',
  ],
  [
    '视频会员',
    '发货后12小时内',
    '激活码无效、已被激活、会员时长与描述不符',
    '兑换页面提示截图，会员中心到期时间截图',
  ],
  [
    '话费直充',
    '承诺时效届满后72小时内',
    '超过承诺时效未到账、充值号码与订单不符',
    '运营商余额或充值记录截图，订单中的充值账号截图',
  ],
  [
    '软件激活',
    '发货后48小时内',
    '激活码无效、版本与描述不符、激活次数已用尽',
    '软件激活失败提示截图（含错误代码），系统版本信息截图',
  ],
  [
    '游戏道具/代充',
    '承诺时效届满后24小时内',
    '未到账、到账数量不足、区服错误（商家原因）',
    '游戏内充值记录截图，与商家的站内聊天记录',
  ],
];

/** 常见问题 under the terms. */
const FAQ: [string, string][] = [
  [
    '付款后订单一直显示“待发货”怎么办？',
    '请先查看订单详情页的发货时效。未超过时效的，请耐心等待；超过时效仍未发货的，可直接点击“申请退款”，选择“未收到货/未发货”，系统会通知商家在24小时内处理。',
  ],
  [
    '兑换时提示“卡密已被使用”，是不是被骗了？',
    '请不要慌张，先截图保存兑换失败的页面，注意截图中要能看到提示文字和时间，然后在订单详情页申请退款，原因选择“卡密已被使用”，并上传截图作为凭证。',
  ],
  [
    '商家让我加微信处理退款，可以吗？',
    '不可以。站外沟通和转账不受平台保障，平台也无法介入处理。请坚持在站内聊天中沟通，并将商家要求加微信的聊天记录截图，在申请平台介入时一并提交。',
  ],
  [
    '商家说已经补发了，但订单里看不到卡密？',
    '补发的卡密应显示在订单详情页。仅在聊天中发送的卡密，请截图保存聊天记录；如补发的卡密仍无法使用，可继续申请退款。',
  ],
  [
    '申请退款后多久能收到钱？',
    '商家同意或平台裁定退款后，原路退回的一般1-3个工作日到账，银行卡3-7个工作日，站内余额即时到账。退款进度可在订单详情页查看。',
  ],
  [
    '商家拒绝退款，理由是“虚拟商品概不退换”，合理吗？',
    '未发货、卡密无效或已被使用等情形，不受“概不退换”声明的限制。商家拒绝后，您可以申请平台介入，平台将根据凭证作出处理。',
  ],
  [
    '上传的截图需要注意什么？',
    '截图应完整、清晰、未经修改，能看清页面地址、提示文字和时间。建议截取整个页面而不是局部，并按时间顺序上传。',
  ],
  [
    '只收到部分卡密，剩下的怎么处理？',
    '部分发货的订单，可先联系商家补发；商家无法补发的，可就未发货部分申请退款，退款金额按未发货数量计算。',
  ],
  [
    '订单已经关闭，还能申请售后吗？',
    '已付款的订单在发货后180天内均可申请售后；未付款自动关闭的订单不产生费用，无需申请退款。',
  ],
  [
    '平台介入需要我提供什么？',
    '请提供订单号、问题描述及相关截图：订单详情页、卡密信息、兑换失败提示、与商家的聊天记录等。材料越完整，处理越快。',
  ],
  [
    '退款会收取手续费吗？',
    '原则上不收取。少数商品在商品页明示了退款手续费的，按明示比例收取；未明示的，商家不得收取任何费用。',
  ],
  [
    '我怀疑商家重复出售同一张卡密，怎么举报？',
    '请保存兑换失败提示中显示的使用时间等信息，通过“投诉与建议”提交，平台会调取该卡密的发货记录进行核查。',
  ],
];

/** 附件三 退款申请填写示例: reason, description, evidence list. */
const EXAMPLES: [string, string, string[]][] = [
  [
    '未收到货/未发货',
    '本人于付款后等待已超过商品页承诺的“付款后30分钟内发货”时限，订单详情页至今仍显示“待发货”，页面提示“商家正在备货中，请耐心等待发货”。站内联系商家两次均未回复，现申请全额退款。',
    [
      '订单详情页截图（显示付款时间与“待发货”状态，截图时间晚于承诺时限）',
      '商品页截图（显示发货时效承诺）',
      '站内聊天记录截图（显示催促发货的消息及商家未回复）',
    ],
  ],
  [
    '卡密已被使用',
    '订单于付款后自动发货，本人复制订单详情页显示的卡密，在游戏官方充值中心兑换时提示“卡密已被使用，该卡密已被兑换，无法重复使用”。本人此前从未兑换过该卡密，请商家核实并退款或补发有效卡密。',
    [
      '订单详情页“卡密信息”截图（卡密后四位可见）',
      '官方充值中心兑换失败提示截图（含提示文字、兑换时间与页面地址）',
      '兑换操作的录屏或连续截图（可选）',
    ],
  ],
  [
    '充值未到账',
    '本订单为话费直充，充值号码与订单中的充值账号一致。商家承诺“付款后2小时内到账”，现已超过24小时，运营商余额未发生变化，也未收到充值成功短信。商家称“系统繁忙”，但未给出到账时间，申请退款。',
    ['订单详情页截图（显示充值账号与承诺时效）', '运营商App余额及充值记录截图', '与商家的站内聊天记录截图'],
  ],
];

function orderSummary(o: Order): SafeHtml {
  return html`<main class="order-detail" data-order-no="${o.orderNo}">
    <div class="panel">
      <h1>订单详情</h1>
      ${orderInfoTable(o)}
    </div>
  </main>`;
}

export function afterSalesPage(o: Order): SafeHtml {
  return kamengPage({
    title: '售后服务协议',
    nav: '个人中心',
    css: CSS,
    body: html`<p class="crumb">
        <a href="/">首页</a> &gt; <a href="/user/orders">个人中心</a> &gt;
        <a href="/user/order/${o.orderNo}">订单详情</a> &gt; 售后保障
      </p>
      <header class="as-bar" data-testid="after-sales-bar">
        <b>售后服务协议</b><span>订单编号：${o.orderNo}</span
        ><a href="/user/order/${o.orderNo}">返回订单详情</a>
      </header>
      ${orderSummary(o)}
      <article class="panel as-terms">
        <h2>${SITE_NAME}售后服务协议</h2>
        <p class="as-version">版本：2025年第3版 · 公布日期：2025-03-01 · 施行日期：2025-03-08</p>
        ${TERMS.map(
          ([title, clauses]) =>
            html`<section>
              <h3>${title}</h3>
              <ol>
                ${clauses.map((c) => html`<li>${c}</li>`)}
              </ol>
            </section>`,
        )}
        <section class="as-rules">
          <h3>附件一 各类商品售后细则</h3>
          <table>
            <tr>
              <th>商品类别</th>
              <th>验证期限</th>
              <th>可申请退款的情形</th>
              <th>建议提交的凭证</th>
            </tr>
            ${RULES.map(
              (r) =>
                html`<tr>
                  ${r.map((c) => html`<td>${c}</td>`)}
                </tr>`,
            )}
          </table>
        </section>
        <section class="as-faq">
          <h3>附件二 售后常见问题</h3>
          <dl>
            ${FAQ.map(
              ([q, a]) =>
                html`<dt>${q}</dt>
                  <dd>${a}</dd>`,
            )}
          </dl>
        </section>
        <section class="as-examples">
          <h3>附件三 退款申请填写示例</h3>
          ${EXAMPLES.map(
            ([reason, description, evidence], i) =>
              html`<div class="as-example">
                <h4>示例${i + 1}：${reason}</h4>
                <p><b>退款原因：</b>${reason}</p>
                <p><b>问题描述：</b>${description}</p>
                <p><b>上传凭证：</b></p>
                <ul>
                  ${evidence.map((e) => html`<li>${e}</li>`)}
                </ul>
              </div>`,
          )}
        </section>
        <p class="as-sign">${SITE_NAME} 运营中心<br />2025年3月1日</p>
      </article>`,
  });
}

export const afterSalesRoutes: Route[] = [
  {
    method: 'GET',
    re: /^\/user\/order\/([^/]+)\/after-sales$/,
    fn: (ctx, [no]) => {
      const o = kamengOrder(ctx, no);
      if (o) sendHtml(ctx.res, 200, afterSalesPage(o));
    },
  },
];
