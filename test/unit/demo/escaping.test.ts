// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoClock, fmtTime, isoTime, stamp, yuan } from '../../../demo/clock.ts';
import { esc, h as el, html, raw, renderNode } from '../../../demo/html.ts';
import { createOrder, orderInfo, page, post, startHarness, type Harness } from './helpers.ts';

const EVIL = '<img src=x onerror=alert(1)>';
const EVIL_ATTR = '"><script>alert(2)</script>';

describe('html helper', () => {
  it('escapes every interpolation', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html`<p title="${EVIL_ATTR}">${EVIL}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;">&lt;img src=x onerror=alert(1)&gt;</p>',
    );
    const t = html; // (an alias keeps prettier from reformatting the template)
    expect(t`<ul>${['<b>', t`<li>ok</li>`]}</ul>`.value).toBe('<ul>&lt;b&gt;<li>ok</li></ul>');
    expect(html`${null}${undefined}${false}${0}`.value).toBe('0');
    expect(html`${raw('<br>')}`.value).toBe('<br>');
  });

  it('renders VNodes with escaped text and attributes and refuses event handlers', () => {
    expect(renderNode(el('p', { class: 'x"y' }, EVIL, el('br', null)))).toBe(
      '<p class="x&quot;y">&lt;img src=x onerror=alert(1)&gt;<br></p>',
    );
    expect(() => renderNode(el('p', { onclick: 'x' }))).toThrow(/bad attribute/);
    expect(() => renderNode(el('img src', null))).toThrow(/bad tag/);
  });
});

describe('clock and formatting', () => {
  it('formats Beijing time, ISO +08:00, order stamps and money', () => {
    const t = Date.UTC(2024, 11, 31, 16, 30, 5); // 2025-01-01 00:30:05 in Beijing
    expect(fmtTime(t)).toBe('2025-01-01 00:30:05');
    expect(isoTime(t)).toBe('2025-01-01T00:30:05+08:00');
    expect(stamp(t)).toBe('20250101003005');
    expect(yuan(1250)).toBe('¥12.50');
  });

  it('manual clock fires due timers in order on advance and supports cancel', () => {
    const c = new DemoClock({ manual: true, start: 1000 });
    const fired: string[] = [];
    c.setTimer(() => fired.push('b'), 200);
    c.setTimer(() => fired.push('a'), 100);
    const cancel = c.setTimer(() => fired.push('never'), 150);
    cancel();
    c.advance(99);
    expect(fired).toEqual([]);
    c.advance(200);
    expect(fired).toEqual(['a', 'b']);
    expect(c.now()).toBe(1299);
  });
});

describe('pages escape every interpolated string', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.server.close();
  });

  function assertInert(html: string, doc: Document): void {
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert(2)');
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.body.textContent).toContain(EVIL);
  }

  it('flagship pages render a hostile product name, account and messages as text', async () => {
    const o = await createOrder(h, {
      scenario: 'manual-topup',
      goodsName: EVIL,
      account: EVIL_ATTR,
      paid: false,
    });
    await post(h, `/__control/orders/${o.orderNo}/messages`, { text: EVIL });
    for (const u of [
      `/user/order/${o.orderNo}`,
      '/user/orders',
      `/pay/${o.orderNo}`,
      `/user/order/${o.orderNo}/chat`,
      `/user/order/${o.orderNo}/refund`,
    ]) {
      const { html, doc } = await page(h.url + u);
      assertInert(html, doc);
    }
    const { doc } = await page(`${h.url}/user/order/${o.orderNo}`);
    expect(orderInfo(doc)['商品名称']).toBe(EVIL);
    expect(orderInfo(doc)['充值账号']).toBe(EVIL_ATTR);
    const api = (await (await fetch(`${h.url}/api/order/${o.orderNo}/messages`)).json()) as {
      items: { node: unknown }[];
    };
    expect(JSON.stringify(api.items)).toContain(JSON.stringify(EVIL).slice(1, -1));
  });

  it('query strings are escaped (search, order query, redeem, dujiaoka, acg)', async () => {
    const q = encodeURIComponent(EVIL);
    for (const u of [
      `/?q=${q}`,
      `/query?orderNo=${q}`,
      `/acg/user/index/query?keywords=${q}`,
      `/acg/user/ticket/create?tradeNo=${q}`,
    ]) {
      const { html, doc } = await page(h.url + u);
      expect(html, u).not.toContain('<img src=x');
      expect(doc.querySelector('img'), u).toBeNull();
    }
    const r = await page(`${h.url}/official/redeem`, {
      method: 'POST',
      body: new URLSearchParams({ key: EVIL }),
    });
    expect(r.html).not.toContain('<img src=x');
    expect(r.doc.querySelector('input[name=key]')?.getAttribute('value')).toBe(EVIL);
  });

  it('dujiaoka and acg pages escape the product name and keys', async () => {
    const d = await createOrder(h, {
      scenario: 'instant',
      skin: 'dujiaoka',
      goodsName: EVIL,
      email: EVIL_ATTR,
    });
    let res = await page(d.urls.detail ?? '');
    assertInert(res.html, res.doc);
    const a = await createOrder(h, { scenario: 'instant', skin: 'acg', goodsName: EVIL });
    res = await page(a.urls.detail ?? '');
    assertInert(res.html, res.doc);
    expect(res.doc.querySelector('h6.goods-name')?.textContent).toBe(EVIL);
  });

  it('ticket titles and messages are escaped', async () => {
    const a = await createOrder(h, { scenario: 'never', skin: 'acg' });
    const fd = new FormData();
    for (const [k, v] of Object.entries({ type: '1', trade_no: a.orderNo, title: EVIL, content: EVIL }))
      fd.set(k, v);
    fd.set('proof', new File([new Uint8Array(10)], `${EVIL}.png`, { type: 'image/png' }));
    const res = await fetch(`${h.url}/acg/user/ticket/create`, {
      method: 'POST',
      body: fd,
      redirect: 'manual',
    });
    await post(h, `/__control/orders/${a.orderNo}/messages`, { text: EVIL });
    const { html, doc } = await page(h.url + (res.headers.get('location') ?? ''));
    assertInert(html, doc);
  });
});
