// Tampering with stored evidence (in the real IndexedDB, as anyone with access to the profile could) must
// make the popup's 验证证据链 fail and name the record. Unit-level twins: test/unit/evidence/chain.test.ts.
import { expectIntact } from './evidence-checks';
import { expect, test } from './evidence-fixtures';
import { orderKeyOf, type EvidenceInspector } from './evidence-inspector';
import { Popup } from './pages/popup';
import type { DemoControl, Shop } from './pages/shop';

interface Chain {
  key: string;
  tabId: number;
}

/** An order with three screenshots: first-seen (#1) and two manual ones further down the page (#2, #3). */
async function orderWithThreeRecords(
  control: DemoControl,
  shop: Shop,
  inspector: EvidenceInspector,
  demoUrl: string,
): Promise<Chain> {
  const order = await control.createOrder('never');
  const url = await shop.openAfterSales(order);
  const key = orderKeyOf(demoUrl, order.orderNo);
  await expect.poll(async () => (await inspector.rows(key)).length).toBe(1);
  const tabId = await inspector.tabIdOf(url);
  for (const y of [1600, 3200]) {
    await shop.page.evaluate((top) => window.scrollTo(0, top), y);
    await expect.poll(() => shop.page.evaluate(() => window.scrollY)).toBe(y);
    // The compositor shows the scrolled frame only after a paint: wait two frames, else the shot may repeat the last one.
    await shop.page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect((await inspector.capture(tabId, 'viewport')).reply).toMatchObject({ ok: true });
  }
  const rows = await inspector.rows(key);
  expect(rows.map((r) => r.kind)).toEqual(['order-page', 'order-page', 'order-page']);
  for (const row of rows) await expectIntact(inspector, row);
  return { key, tabId };
}

const tampering: [string, (inspector: EvidenceInspector, key: string) => Promise<void>, string][] = [
  [
    'a flipped byte',
    async (inspector, key) => {
      const row = (await inspector.rows(key))[1]!;
      await inspector.flipByte(row.sha256, 100);
    },
    '证据链有问题：第 2 份 — 文件内容与记录的哈希不符（被改动）',
  ],
  [
    'a deleted record',
    async (inspector, key) => inspector.deleteRecord((await inspector.rows(key))[1]!.id),
    '证据链有问题：第 3 份 — 记录缺失或顺序被打乱',
  ],
  [
    'a reordered record',
    (inspector, key) => inspector.swapSeq(key, 2, 3),
    '证据链有问题：第 2 份 — 哈希链断开（记录被改动）',
  ],
];

for (const [what, tamper, verdict] of tampering) {
  test(`验证证据链 fails on ${what} and names the record`, async ({
    control,
    demo,
    extensionId,
    inspector,
    shop,
  }) => {
    const { key, tabId } = await orderWithThreeRecords(control, shop, inspector, demo.url);
    const popup = await Popup.openFrom(inspector.page, extensionId, tabId);
    expect(await popup.verifyChain()).toBe('证据链完整：3 份证据均未被改动');
    await popup.page.close();

    await tamper(inspector, key);
    const after = await Popup.openFrom(inspector.page, extensionId, tabId);
    expect(await after.verifyChain()).toBe(verdict);
  });
}
