import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../lib/platforms';
import { generic } from '../../../lib/platforms/generic';
import { docOf } from './heuristics/helpers';

/**
 * Hostile pages: the generic adapter runs on pages nobody vetted. It must finish, never recurse on the DOM, and
 * return plain text: markup that was not literally text on the page never reaches the output. How fast is
 * measured by `npm run bench` (scripts/bench/hostile.ts), not asserted here.
 */
const URL_ = new URL('https://evil-shop.example/order/detail?orderid=XY20261126143512884210');
const ORDER = `<dl><dt>订单编号</dt><dd>XY20261126143512884210</dd></dl><dl><dt>商品名称</dt><dd>月卡</dd></dl>
  <dl><dt>实付金额</dt><dd>¥19.80</dd></dl><dl><dt>订单状态</dt><dd>已完成</dd></dl>`;

/** Everything the adapter reports for a page, as analyzePage would ask for it. */
function runGeneric(doc: Document) {
  const hit = generic.detect(doc, URL_);
  return {
    hit,
    orders: generic.extractOrders(doc, URL_),
    chat: generic.extractChat!(doc, URL_),
    form: generic.refundForm!(doc, URL_),
  };
}

describe('generic adapter on hostile pages', () => {
  it('5 MB of text in one node', async () => {
    const doc = docOf(`<body>${ORDER}<p id="big"></p></body>`);
    doc.getElementById('big')!.textContent = '订单号：XY20261126143512884211 金额：¥1 '.repeat(140_000);
    const value = runGeneric(doc);
    expect(value.orders.map((o) => o.orderNo)).toEqual(['XY20261126143512884210']);
    await Promise.resolve(); // a new task: the adapter re-analyses
    expect(analyzePage(doc, URL_, [generic]).orders[0]?.orderNo).toBe('XY20261126143512884210');
  });

  it('5 MB of text in 50,000 blocks', async () => {
    const doc = docOf(`<body>${ORDER}<div id="junk"></div></body>`);
    const junk = doc.getElementById('junk')!;
    const line = '订单状态：已完成 下单时间：2026-11-26 14:35:12 这是一段填充文字用来把页面撑大。'.padEnd(
      100,
      '字',
    );
    for (let i = 0; i < 50_000; i++) junk.appendChild(doc.createElement('p')).textContent = line;
    const value = runGeneric(doc);
    expect(value.orders[0]?.orderNo).toBe('XY20261126143512884210');
    await Promise.resolve(); // a new task: the adapter re-analyses
    expect(analyzePage(doc, URL_, [generic]).orders[0]?.orderNo).toBe('XY20261126143512884210');
  });

  it('a DOM nested 10,000 deep: no stack overflow', () => {
    const doc = docOf(`<body>${ORDER}</body>`);
    let cur: Element = doc.body;
    for (let i = 0; i < 10_000; i++) cur = cur.appendChild(doc.createElement(i % 2 ? 'div' : 'span'));
    cur.innerHTML = `${ORDER}<form><select name="type"><option>卡密无效</option><option>未发货</option></select><textarea></textarea></form>`; // eslint-disable-line no-restricted-syntax -- building a test page
    const value = runGeneric(doc);
    expect(value.orders.map((o) => o.orderNo)).toEqual(['XY20261126143512884210']);
    expect(value.form).toBeUndefined(); // below the depth limit: not read, and native recursive APIs never called
  });

  it('injection strings in every field come out as text, real markup never does', () => {
    const lit = '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;';
    const real =
      '<img src=x onerror="alert(2)"><script>steal()</script><svg onload="alert(3)"><text>svg</text></svg>';
    const doc = docOf(`<body><table>
      <tr><th>订单编号</th><td>XY20261126143512884210${real}</td></tr>
      <tr><th>商品名称</th><td>${lit}${real}</td></tr>
      <tr><th>数量</th><td>1${real}</td></tr>
      <tr><th>实付金额</th><td>¥9.90${real}</td></tr>
      <tr><th>支付方式</th><td>支付宝${real}</td></tr>
      <tr><th>下单时间</th><td>2026-11-26 14:35:12${real}</td></tr>
      <tr><th>订单状态</th><td>已完成${real}${lit}</td></tr>
      <tr><th>发货时效</th><td>付款后10分钟内发货${lit}</td></tr>
      <tr><th>卡密</th><td>KEYA-1111-2222${real}<br>${lit}<br>KEYB-3333-4444</td></tr>
    </table><button data-clipboard-text="<img src=x onerror=alert(4)>">复制</button>
    <div class="msgs"><div class="m is-user"><b>我</b><i>2026-11-27 10:00:00</i><p>${lit}${real}</p></div>
    <div class="m is-admin"><b>客服</b><i>2026-11-27 10:05:00</i><p>好的${real}</p></div></div></body>`);
    const report = analyzePage(doc, URL_, [generic]);
    expect(report.warnings).toEqual([]);
    const json = JSON.stringify({ orders: report.orders, chat: report.chat });
    for (const bad of ['onerror="alert(2)', 'steal()', 'onload', 'alert(2)', 'alert(3)', 'alert(4)', '>svg'])
      expect(json).not.toContain(bad);
    const [order] = report.orders;
    expect(order).toMatchObject({
      orderNo: 'XY20261126143512884210',
      product: '<script>alert(1)</script><img src=x onerror=alert(1)>', // literally text on the page: kept as text
      payMethod: '支付宝',
      amount: 9.9,
      cardKeys: ['KEYA-1111-2222', 'KEYB-3333-4444'],
    });
    expect(report.chat.map((m) => m.text)).toEqual([
      '<script>alert(1)</script><img src=x onerror=alert(1)>',
      '好的',
    ]);
  });
});
