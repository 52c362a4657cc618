// acg-faka 工单 pages: create form (售前咨询/售后支持 + purchase proof), detail thread, list.
import { fmtTime, isoTime } from '../clock.ts';
import { h, html, type SafeHtml, type VNode } from '../html.ts';
import { TICKET_PRIORITY, TICKET_STATUS, TICKET_TYPE, type Ticket, type TicketMessage } from '../tickets.ts';
import { TICKET_SCRIPT } from './kameng/live.ts';
import { acgLayout } from './acg.ts';
import { CSS, EDITOR_SCRIPT, PICK_SCRIPT } from './acg-ticket-assets.ts';

const choice = (
  cls: string,
  attr: string,
  value: string,
  label: string,
  sub: string,
  on: boolean,
): SafeHtml =>
  html`<button
    type="button"
    class="${cls}${on ? ' is-active' : ''}"
    ${attr}="${value}"
    role="radio"
    aria-checked="${String(on)}"
  >
    ${label}<small>${sub}</small>
  </button>`;

export function createPage(tradeNo: string): SafeHtml {
  const pri = [
    ['0', '低', '一般咨询'],
    ['1', '中', '影响正常使用'],
    ['2', '高', '购买或使用受阻'],
  ] as const;
  return acgLayout(
    '创建工单',
    html`<div class="acg-card uc-ticket-create">
      <h2 style="margin:0 0 12px">创建工单</h2>
      <div class="uc-ticket-banner">工单由管理员处理，请勿提交密码或完整卡密</div>
      <form id="ticket-form" method="post" action="/acg/user/ticket/create" enctype="multipart/form-data">
        <div class="uc-step">1. 选择服务类型</div>
        <div class="uc-choices" role="radiogroup">
          ${choice('uc-ticket-type', 'data-ticket-type', '0', '售前咨询', '购买前的商品咨询', false)}${choice('uc-ticket-type', 'data-ticket-type', '1', '售后支持', '已购商品出现异常，需要协助处理', true)}
        </div>
        <input type="hidden" name="type" value="1" />
        <div id="uc-order-step">
          <div class="uc-step">2. 关联订单与购买凭证</div>
          <div class="uc-choices">
            ${choice('uc-mode', 'data-order-mode', 'select', '从购买记录选择', '会员订单', false)}${choice('uc-mode', 'data-order-mode', 'manual', '手动输入订单号', '游客订单', true)}
          </div>
          <div class="uc-field">
            <label for="trade_no">订单号</label
            ><input
              type="text"
              id="trade_no"
              name="trade_no"
              maxlength="32"
              value="${tradeNo}"
              placeholder="请输入订单号"
            />
          </div>
          <div class="uc-field">
            <label for="proof">购买凭证（必填，JPG/PNG/WebP，不超过10MB）</label
            ><input type="file" id="proof" name="proof" accept="image/jpeg,image/png,image/webp" />
            <input type="hidden" name="proof_path" value="" />
            <span id="proof-status" style="font-size:12px;color:#9a95b0"></span>
          </div>
        </div>
        <div class="uc-step">3. 说明具体情况</div>
        <div class="uc-choices" role="radiogroup">
          ${pri.map(([v, l, s]) => choice('uc-priority', 'data-priority', v, l, s, v === '1'))}
        </div>
        <input type="hidden" name="priority" value="1" />
        <div class="uc-field">
          <label for="title">工单标题</label
          ><input
            type="text"
            id="title"
            name="title"
            minlength="4"
            maxlength="100"
            required
            placeholder="简要描述问题，4-100个字"
          />
        </div>
        <div class="uc-field">
          <label for="ticket-content">问题详情（支持 Markdown）</label>
          <div id="ticket-content-editor" class="editor-v2">
            <textarea
              id="ticket-content"
              class="editor-v2__source"
              name="content"
              placeholder="请描述遇到的问题，可附上截图"
            ></textarea>
          </div>
        </div>
        <button type="submit" class="acg-btn uc-ticket-submit">提交工单</button>
      </form>
    </div>`,
    CSS,
    PICK_SCRIPT + EDITOR_SCRIPT,
  );
}

export function ticketMsgNode(m: TicketMessage): VNode {
  return h(
    'article',
    { class: `uc-ticket-message is-${m.from}`, 'data-message-id': String(m.id) },
    h('div', { class: 'uc-ticket-message__avatar' }, m.name.slice(0, 1)),
    h(
      'div',
      { class: 'uc-ticket-message__body' },
      h(
        'div',
        { class: 'uc-ticket-message__meta' },
        h('strong', null, m.name),
        m.from === 'admin' && h('span', { class: 'uc-ticket-tag' }, '官方客服'),
        h('time', { datetime: isoTime(m.at) }, fmtTime(m.at)),
      ),
      h('div', { class: 'uc-ticket-message__bubble uc-ticket-markdown' }, m.text),
    ),
  );
}

export function detailPage(t: Ticket): SafeHtml {
  const ended = t.status >= 2;
  return acgLayout(
    `工单详情 ${t.ticketNo}`,
    html`<div class="uc-ticket-detail">
      <div class="acg-card uc-ticket-main">
        <h2 style="margin:0">${t.title}</h2>
        <p style="margin:4px 0 0;color:#9a95b0;font-size:12px">${t.ticketNo} · ${TICKET_TYPE[t.type]}</p>
        <div class="uc-ticket-messages" data-ticket-id="${t.id}">${t.messages.map(ticketMsgNode)}</div>
        ${
          ended
            ? html`<p class="uc-ticket-ended">这张工单已结束</p>`
            : html`<form method="post" action="/acg/user/ticket/reply?id=${t.id}">
                <div class="uc-field">
                  <textarea
                    id="ticket-reply-editor"
                    name="content"
                    required
                    placeholder="补充说明或回复客服"
                  ></textarea>
                </div>
                <button class="acg-btn" type="submit">发送回复</button>
              </form>`
        }
      </div>
      <aside class="uc-ticket-side">
        <div class="acg-card">
          <h3 style="margin:0 0 10px">工单信息</h3>
          <dl>
            <dt>工单编号</dt>
            <dd>${t.ticketNo}</dd>
            <dt>创建时间</dt>
            <dd>${fmtTime(t.createdAt)}</dd>
            <dt>最后更新</dt>
            <dd class="uc-ticket-updated">${fmtTime(t.updatedAt)}</dd>
            <dt>当前状态</dt>
            <dd class="uc-ticket-status">${TICKET_STATUS[t.status]}</dd>
            <dt>优先级</dt>
            <dd class="uc-ticket-priority">${TICKET_PRIORITY[t.priority]}</dd>
          </dl>
        </div>
        ${
          t.tradeNo
            ? html`<div class="acg-card">
                <h3 style="margin:0 0 8px">关联内容</h3>
                <a href="/acg/user/index/query?tradeNo=${t.tradeNo}">订单 #${t.tradeNo}</a>
              </div>`
            : ''
        }
        ${
          t.proof
            ? html`<div class="acg-card">
                <h3 style="margin:0 0 8px">购买凭证</h3>
                <span class="uc-ticket-proof">${t.proof.name}（${(t.proof.size / 1024).toFixed(1)} KB）</span>
              </div>`
            : ''
        }
      </aside>
    </div>`,
    CSS,
    TICKET_SCRIPT,
  );
}

export function listPage(tickets: Ticket[]): SafeHtml {
  return acgLayout(
    '我的工单',
    html`<div class="acg-card">
      <h2 style="margin:0 0 12px">我的工单</h2>
      ${tickets.length ? tickets.map((t) => html`<p><a href="/acg/user/ticket/detail?id=${t.id}">${t.ticketNo} · ${t.title}</a> <span style="color:#9a95b0">${TICKET_STATUS[t.status]} · ${fmtTime(t.updatedAt)}</span></p>`) : html`<p style="color:#9a95b0">暂无工单</p>`}
      <a class="acg-btn" style="display:inline-flex;align-items:center" href="/acg/user/ticket/create"
        >创建工单</a
      >
    </div>`,
  );
}
