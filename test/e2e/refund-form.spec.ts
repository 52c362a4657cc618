// Issue #7: one click fills the demo's refund, appeal and 工单 forms (and the chat box); the test submits and
// the demo server must have received the planned values and evidence files. Driven through the background
// popup's 填写退款申请 button for the refund form, and the same background message (`fill-form`) for the rest.
import type { Page } from '@playwright/test';
import { expect, tabIdOf, test } from './fixtures';
import { Popup } from './pages/popup';
import { DemoControl, Shop, type DemoOrder } from './pages/shop';

interface FillReply {
  ok: boolean;
  error?: string;
  orderKey?: string;
  filled?: { label: string; value: string }[];
  left?: { label: string; why: string }[];
}

type Sent = { type: string } & Record<string, unknown>;
const send = (ext: Page, msg: Sent) =>
  ext.evaluate((m) => chrome.runtime.sendMessage(m) as Promise<FillReply>, msg);

async function controlOrder(control: DemoControl, no: string) {
  const res = await fetch(control.url(`/__control/orders/${encodeURIComponent(no)}`));
  return (await res.json()) as {
    refund?: null | {
      amount: string;
      reason: string;
      description: string;
      evidence: { name: string; size: number }[];
    };
    appeal?: null | { reason: string; description: string; evidence: { name: string; size: number }[] };
    tickets: { id: number; title: string }[];
    urls: DemoOrder['urls'];
  };
}

const fileNames = (page: Page, sel: string) =>
  page
    .locator(sel)
    .evaluate((el) => [...((el as HTMLInputElement).files ?? [])].map((f) => `${f.name}:${f.size}`));

/** Order page seen (stored, with a screenshot), the case told the key was already used. */
async function seenOrder(shop: Shop, ext: Popup, order: DemoOrder, host: string, tabId: number) {
  await expect.poll(() => Popup.evidenceCount(ext.current)).toBeGreaterThanOrEqual(1);
  const orderKey = `${host}|${order.orderNo}`;
  const answer = await send(ext.page, {
    type: 'case-answer',
    orderKey,
    answers: { keyRedeemResult: 'used' },
  });
  expect(answer.ok, answer.error).toBe(true);
  return { orderKey, tabId };
}

test('flagship 申请退款 then 申请平台介入: one click fills, the server receives the values and files', async ({
  context,
  demo,
  extensionId,
}) => {
  const control = new DemoControl(demo.url);
  const order = await control.createOrder('invalid-key');
  const shop = new Shop(await context.newPage(), control);
  const url = await shop.openOrder(order);
  const tabId = await tabIdOf(context, extensionId, url);
  const ext = await Popup.open(context, extensionId, tabId);
  const { orderKey } = await seenOrder(shop, ext, order, new URL(demo.url).host, tabId);

  // 申请退款
  await shop.open(order.urls.refund!);
  const page = shop.page;
  await expect(page.locator('#refund-form')).toBeVisible();
  // One click on the popup's 填写退款申请 (the popup follows its tab onto the refund page).
  await ext.page.getByRole('button', { name: '填写退款申请' }).click();
  await expect(ext.page.locator('.fill-button [role=status]')).toContainText('已填写');
  await expect(page.locator('#reason')).toHaveValue('卡密已被使用');
  await expect(page.locator('#amount')).toHaveValue('45.00');
  await expect(page.locator('#description')).toHaveValue(new RegExp(order.orderNo));
  expect([...(await page.locator('#description').inputValue())].length).toBeGreaterThanOrEqual(20);
  const files = await fileNames(page, '#evidence');
  expect(files.length).toBeGreaterThanOrEqual(1);
  expect(files.every((f) => /^cardshield-[a-z-]+-\d+\.(png|jpg|webp):\d+$/.test(f))).toBe(true);
  await expect(page.locator('#description-count')).toHaveClass(/ok/); // the page's own listener saw the input
  const panel = page.locator('#cardshield-fill-panel');
  await expect(panel.getByRole('dialog', { name: '卡盾自动填写' })).toContainText('卡盾不会替你提交');
  await expect(panel).toContainText(/卡盾已填写 [1-9]\d* 项/);
  // Never submitted by CardShield.
  expect((await controlOrder(control, order.orderNo)).refund ?? null).toBeNull();
  await panel.getByRole('button', { name: '关闭' }).click();
  await expect(panel).toHaveCount(0);

  await page.getByRole('button', { name: '提交退款申请' }).click();
  await expect
    .poll(async () => (await controlOrder(control, order.orderNo)).refund?.reason)
    .toBe('卡密已被使用');
  const refund = (await controlOrder(control, order.orderNo)).refund!;
  expect(refund.amount).toBe('¥45.00');
  expect(refund.description).toContain(order.orderNo);
  expect(refund.evidence.map((e) => `${e.name}:${e.size}`)).toEqual(files);

  // 申请平台介入, once the merchant refused.
  await fetch(control.url(`/__control/orders/${order.orderNo}/refund`), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'reject', note: '卡密已发出，不予退款' }),
  });
  await shop.open(order.urls.appeal!);
  await expect(page.locator('#appeal-form')).toBeVisible();
  const appealReply = await send(ext.page, { type: 'fill-form', tabId, orderKey });
  expect(appealReply.ok, appealReply.error).toBe(true);
  await expect(page.locator('#reason')).toHaveValue(/^(卡密无效\/已被使用|商家拒绝退款)$/);
  const desc = await page.locator('#description').inputValue();
  expect([...desc].length).toBeGreaterThanOrEqual(20);
  expect([...desc].length).toBeLessThanOrEqual(500);
  const appealFiles = await fileNames(page, '#evidence');
  expect(appealFiles.length).toBeGreaterThanOrEqual(1);
  await page.getByRole('button', { name: '提交介入申请' }).click();
  // Form submission sends textarea newlines as CRLF (HTML form data rules).
  await expect
    .poll(async () => (await controlOrder(control, order.orderNo)).appeal?.description.replace(/\r\n/g, '\n'))
    .toBe(desc);
  const appeal = (await controlOrder(control, order.orderNo)).appeal!;
  expect(appeal.reason).toMatch(/^(卡密无效\/已被使用|商家拒绝退款)$/);
  expect(appeal.evidence.map((e) => `${e.name}:${e.size}`)).toEqual(appealFiles);

  // The chat box gets the step-1 merchant message.
  await shop.openChat(order);
  const chatReply = await send(ext.page, { type: 'fill-form', tabId, orderKey });
  expect(chatReply.ok, chatReply.error).toBe(true);
  await expect(page.locator('#chat-form textarea[name=text]')).toHaveValue(
    new RegExp(`^您好，我的订单号${order.orderNo}`),
  );
});

test('acg-faka 创建工单: 售后支持, title, details and the purchase proof reach the server', async ({
  context,
  demo,
  extensionId,
}) => {
  const control = new DemoControl(demo.url);
  const order = await control.createOrder('invalid-key', { skin: 'acg' });
  const shop = new Shop(await context.newPage(), control);
  const url = await shop.open(order.urls.detail);
  const tabId = await tabIdOf(context, extensionId, url);
  const ext = await Popup.open(context, extensionId, tabId);
  const { orderKey } = await seenOrder(shop, ext, order, new URL(demo.url).host, tabId);

  await shop.open(order.urls.ticketCreate!);
  const page = shop.page;
  await expect(page.locator('#ticket-form')).toBeVisible();
  const reply = await send(ext.page, { type: 'fill-form', tabId, orderKey });
  expect(reply.ok, reply.error).toBe(true);
  await expect(page.locator('input[name=title]')).toHaveValue(`卡密无效，申请售后（订单${order.orderNo}）`);
  await expect(page.locator('textarea[name=content]')).toHaveValue(new RegExp(order.orderNo));
  // The Markdown editor drawn over that (hidden) textarea shows the same text: what the buyer sees is what the
  // editor's save-on-submit sends.
  const content = await page.locator('textarea[name=content]').inputValue();
  const shown = page.locator('.CodeMirror .CodeMirror-lines');
  await expect(shown).toBeVisible();
  await expect(shown).toContainText(order.orderNo);
  expect(
    await shown.evaluate((el) =>
      [...el.querySelectorAll('.CodeMirror-line')]
        .map((line) => (line.textContent ?? '').replace(/\u200b/g, ''))
        .join('\n'),
    ),
  ).toBe(content);
  await expect(page.locator('input[name=trade_no]')).toHaveValue(order.orderNo);
  const proof = await fileNames(page, 'input[name=proof]');
  expect(proof).toHaveLength(1);
  // The page's own change handler uploaded it.
  await expect(page.locator('#proof-status')).toHaveText('上传成功');

  await page.getByRole('button', { name: '提交工单' }).click();
  await expect(page).toHaveURL(/\/acg\/user\/ticket\/detail\?id=\d+/);
  const ticket = (await controlOrder(control, order.orderNo)).tickets[0]!;
  expect(ticket.title).toBe(`卡密无效，申请售后（订单${order.orderNo}）`);
  const [name] = proof[0]!.split(':');
  await expect(page.locator('.uc-ticket-proof')).toContainText(name!);
  await expect(page.locator('.uc-ticket-message.is-user').first()).toContainText(order.orderNo);
});
