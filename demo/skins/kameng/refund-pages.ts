// 申请退款 and 申请平台介入 form pages.
import { yuan } from '../../clock.ts';
import { html, type SafeHtml } from '../../html.ts';
import { canRefund, orderStatus, REFUND_REASONS, STATUS_TEXT } from '../../refunds.ts';
import type { Order } from '../../store.ts';
import { kamengPage } from './layout.ts';
import { COUNTER_SCRIPT } from './live.ts';

export const MAX_FILES = 5;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
export const APPEAL_REASONS = [
  '商家拒绝退款',
  '商家超时未处理',
  '未收到货/未发货',
  '卡密无效/已被使用',
  '商家诱导站外交易',
  '其他',
];

const CSS = `.counter{font-size:12px;margin-left:8px}.counter.short{color:#e02424}.counter.ok{color:#17a05d}
.order-brief td{padding:4px 18px 4px 0}.order-brief td:nth-child(odd){color:#999}`;

function brief(o: Order): SafeHtml {
  const s = orderStatus(o);
  return html`<table class="order-brief">
      <tr>
        <td>订单编号</td>
        <td>${o.orderNo}</td>
        <td>商品名称</td>
        <td>${o.goodsName}</td>
      </tr>
      <tr>
        <td>实付金额</td>
        <td>${yuan(o.amount)}</td>
        <td>订单状态</td>
        <td><span class="status-tag" data-status="${s}">${STATUS_TEXT[s]}</span></td>
      </tr>
    </table>
    ${o.noRefund ? html`<p class="notice notice-danger">商家声明：虚拟商品一经售出概不退换。如商家未发货、卡密无效或已被使用，您仍可申请退款并提交凭证。</p>` : ''}`;
}

function evidenceRow(): SafeHtml {
  return html`<div class="form-row">
      <label for="evidence">上传凭证</label>
      <div>
        <input type="file" id="evidence" name="evidence" multiple accept="image/png,image/jpeg,image/webp" />
        <div class="hint">
          最多${MAX_FILES}张，每张不超过5MB，支持 PNG / JPG / WebP（订单截图、聊天记录、兑换失败提示等）
        </div>
      </div>
    </div>
    <div class="form-row">
      <label for="description">问题描述</label>
      <div>
        <textarea
          id="description"
          name="description"
          minlength="20"
          maxlength="500"
          required
          data-counter
          placeholder="请详细描述问题（不少于20字），如：付款后超过约定时效仍未发货 / 兑换提示卡密已被使用"
        ></textarea>
        <div><span id="description-count" class="counter"></span></div>
      </div>
    </div>`;
}

export function refundPage(o: Order): SafeHtml {
  const open = canRefund(o);
  return kamengPage({
    title: '申请退款',
    nav: '个人中心',
    css: CSS,
    script: COUNTER_SCRIPT,
    body: html`<p class="crumb">
        <a href="/">首页</a> &gt; <a href="/user/order/${o.orderNo}">订单详情</a> &gt; 申请退款
      </p>
      <main class="page refund-page">
        <div class="panel">
          <h1>申请退款</h1>
          ${brief(o)}
        </div>
        ${
          open
            ? html`<form
                id="refund-form"
                class="panel"
                method="post"
                enctype="multipart/form-data"
                action="/user/order/${o.orderNo}/refund"
              >
                <h2>填写退款信息</h2>
                <div class="form-row">
                  <label for="order_no">订单编号</label
                  ><input type="text" id="order_no" name="order_no" value="${o.orderNo}" readonly />
                </div>
                <div class="form-row">
                  <label for="amount">退款金额</label>
                  <div>
                    <input
                      type="number"
                      id="amount"
                      name="amount"
                      value="${(o.amount / 100).toFixed(2)}"
                      min="0.01"
                      max="${(o.amount / 100).toFixed(2)}"
                      step="0.01"
                      required
                    />
                    <div class="hint">最多可退 ${yuan(o.amount)}</div>
                  </div>
                </div>
                <div class="form-row">
                  <label for="reason">退款原因</label
                  ><select id="reason" name="reason" required>
                    <option value="">请选择退款原因</option>
                    ${REFUND_REASONS.map((r) => html`<option value="${r}">${r}</option>`)}
                  </select>
                </div>
                ${evidenceRow()}
                <div class="form-row">
                  <label></label><button class="btn btn-primary btn-lg" type="submit">提交退款申请</button>
                </div>
              </form>`
            : html`<div class="panel">
                <p class="notice notice-info">
                  该订单当前状态为「${STATUS_TEXT[orderStatus(o)]}」，暂不能提交新的退款申请。
                </p>
                <a class="btn" href="/user/order/${o.orderNo}">返回订单详情</a>
              </div>`
        }
      </main>`,
  });
}

export function appealPage(o: Order, allowed: boolean): SafeHtml {
  return kamengPage({
    title: '申请平台介入',
    nav: '个人中心',
    css: CSS,
    script: COUNTER_SCRIPT,
    body: html`<p class="crumb">
        <a href="/">首页</a> &gt; <a href="/user/order/${o.orderNo}">订单详情</a> &gt; 申请平台介入
      </p>
      <main class="page appeal-page">
        <div class="panel">
          <h1>申请平台介入</h1>
          ${brief(o)}
          <p class="notice notice-info">
            商家拒绝退款或超过24小时未处理时，可申请平台介入。平台客服将核查订单信息、您提供的凭证及商家发货记录，审核通过后强制商家退款。
          </p>
        </div>
        ${
          allowed
            ? html`<form
                id="appeal-form"
                class="panel"
                method="post"
                enctype="multipart/form-data"
                action="/user/order/${o.orderNo}/appeal"
              >
                <h2>介入申请</h2>
                <input type="hidden" name="order_no" value="${o.orderNo}" />
                <div class="form-row">
                  <label for="reason">介入原因</label
                  ><select id="reason" name="reason" required>
                    <option value="">请选择介入原因</option>
                    ${APPEAL_REASONS.map((r) => html`<option value="${r}">${r}</option>`)}
                  </select>
                </div>
                ${evidenceRow()}
                <div class="form-row">
                  <label></label><button class="btn btn-primary btn-lg" type="submit">提交介入申请</button>
                </div>
              </form>`
            : html`<div class="panel">
                <p class="notice notice-warn">
                  当前订单不满足申请平台介入的条件（需先申请退款，且商家拒绝或超过24小时未处理）。
                </p>
                <a class="btn" href="/user/order/${o.orderNo}">返回订单详情</a>
              </div>`
        }
      </main>`,
  });
}
