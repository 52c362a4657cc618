// 整页取证 of a page about ten viewports tall with a sticky header (the demo's 售后服务协议 page of an order,
// demo/skins/kameng/after-sales.ts): the stored image(s) must be exactly the document at device scale plus
// one band per image, and the sticky header must appear once, at its place in the document.
import { AFTER_SALES_BAR_COLOR } from '../../demo/skins/kameng/after-sales';
import { BAND_CSS_HEIGHT, BAND_RGB, expectIntact, geometry, partsOf } from './evidence-checks';
import { expect, test, VIEWPORT } from './evidence-fixtures';
import { orderKeyOf, rgbOf } from './evidence-inspector';
import { Popup } from './pages/popup';

const BAR = rgbOf(AFTER_SALES_BAR_COLOR);

for (const deviceScale of [1, 2]) {
  test.describe(`device scale factor ${deviceScale}`, () => {
    test.use({ deviceScale });
    test('整页取证 of a 10-viewport page with a sticky header: exact height, header once', async ({
      control,
      demo,
      extensionId,
      inspector,
      shop,
    }) => {
      const order = await control.createOrder('never');
      const url = await shop.openAfterSales(order);
      const key = orderKeyOf(demo.url, order.orderNo);
      // The automatic first-seen screenshot comes first; the full page is then a capture of its own.
      await expect.poll(async () => (await inspector.rows(key)).length).toBe(1);

      const g = await geometry(shop.page);
      expect(g.dpr).toBe(deviceScale);
      expect(g.innerHeight).toBe(VIEWPORT.height);
      expect(g.docHeight).toBeGreaterThan(9 * g.innerHeight); // ~10 viewports
      const bar = await shop.page.getByTestId('after-sales-bar').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top + window.scrollY, left: r.left, height: r.height };
      });

      const popup = await Popup.openFrom(inspector.page, extensionId, await inspector.tabIdOf(url));
      await popup.captureFullPageButton.click();
      await expect(popup.progress).toBeVisible(); // 整页截图进度 while the shots are taken
      await expect(popup.captureStatus).toHaveText(/^已保存整页截图/, { timeout: 30_000 });

      const parts = partsOf(await inspector.rowsOfKind(key, 'full-page'));
      expect(parts.length).toBeGreaterThan(0);
      const band = Math.round(BAND_CSS_HEIGHT * g.dpr);
      const barX = Math.round((bar.left + 8) * g.dpr);
      const barRuns: { part: number; start: number; length: number }[] = [];
      let pageRows = 0;
      for (const [i, part] of parts.entries()) {
        expect(part).toMatchObject({ url, meta: { reason: 'manual' } });
        if (parts.length > 1) expect(part.meta).toMatchObject({ part: i + 1, parts: parts.length });
        await expectIntact(inspector, part);
        const img = await inspector.image(part);
        expect(img.width, 'image width = viewport × dpr').toBe(g.innerWidth * g.dpr);
        expect({ width: part.meta.width, height: part.meta.height }).toEqual(img);
        expect((await inspector.pixel(part, 2, 2)).slice(0, 3), 'band on top of every part').toEqual(
          BAND_RGB,
        );
        pageRows += img.height - band;
        for (const run of await inspector.columnRuns(part, barX, BAR)) barRuns.push({ part: i + 1, ...run });
      }
      expect(pageRows, 'image height = document height × dpr (+ one band per part)').toBe(
        g.docHeight * g.dpr,
      );
      // Sticky header exactly once: one run of its colour, its full height, where the document has it.
      expect(barRuns).toEqual([
        { part: 1, start: band + Math.round(bar.top * g.dpr), length: Math.round(bar.height * g.dpr) },
      ]);

      // The page is given back as it was: scrollable, header visible, at the top.
      expect(
        await shop.page.evaluate(() => ({
          overflow: document.documentElement.style.overflow,
          scrollY: window.scrollY,
          bar: getComputedStyle(document.querySelector('[data-testid=after-sales-bar]')!).visibility,
        })),
      ).toEqual({ overflow: '', scrollY: 0, bar: 'visible' });
      expect(await popup.verifyChain()).toBe(`证据链完整：${1 + parts.length} 份证据均未被改动`);
    });
  });
}
