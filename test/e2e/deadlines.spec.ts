// Delivery deadlines in the real browser: the alarm, the notification, the badge and the breach record.
import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';

interface Created {
  orderNo: string;
  urls: { detail: string };
}

/** A demo order paid `paidSecondsAgo` ago whose shop promised delivery within one minute. */
async function createOrder(
  base: string,
  scenario: 'never' | 'instant',
  paidSecondsAgo: number,
): Promise<Created> {
  const res = await fetch(`${base}/__control/orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scenario, promise: '付款后1分钟内自动发货', paidSecondsAgo }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as Created;
}

/** The stored order and its timeline, read in the service worker (raw IndexedDB; the worker owns the DB). */
function readOrder(worker: Worker, key: string) {
  return worker.evaluate(
    (k) =>
      new Promise<{ breachedAt: string | null; events: string[] } | null>((resolve, reject) => {
        const open = indexedDB.open('cardshield');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['orders', 'events']);
          const get = tx.objectStore('orders').get(k);
          const events = tx.objectStore('events').index('orderKey').getAll(k);
          tx.oncomplete = () => {
            open.result.close();
            const order = get.result as { breachedAt?: string | null } | undefined;
            const types = (events.result as { type: string }[]).map((e) => e.type);
            resolve(order ? { breachedAt: order.breachedAt ?? null, events: types } : null);
          };
        };
      }),
    key,
  );
}

const alertsOf = (worker: Worker) =>
  worker.evaluate(async () => ({
    badge: await chrome.action.getBadgeText({}),
    notifications: Object.keys(await chrome.notifications.getAll()),
  }));

test('an order that never arrives raises the notification, the badge and a breach record at its deadline', async ({
  context,
  demo,
  getServiceWorker,
}) => {
  const created = Date.now();
  const order = await createOrder(demo.url, 'never', 52);
  const key = `${new URL(demo.url).host}|${order.orderNo}`;
  const page = await context.newPage();
  await page.goto(order.urls.detail);
  await expect
    .poll(async () => (await readOrder(await getServiceWorker(), key))?.events ?? [])
    .toContain('first-seen');
  expect((await readOrder(await getServiceWorker(), key))?.breachedAt).toBeNull();

  await expect
    .poll(async () => (await readOrder(await getServiceWorker(), key))?.breachedAt, { timeout: 20_000 })
    .toBeTruthy();
  const stored = await readOrder(await getServiceWorker(), key);
  expect(stored?.events).toContain('breach');
  expect(await alertsOf(await getServiceWorker())).toEqual({ badge: '1', notifications: [`breach:${key}`] });
  // Within seconds of the deadline: paid 52 s before creation and promised 60 s, so due ~8 s after creation
  // (the page prints whole seconds, so up to 1 s earlier).
  const late = Date.parse(stored!.breachedAt!) - (created + 8_000);
  expect(late).toBeGreaterThan(-1_500);
  expect(late).toBeLessThan(5_000);
});

test('an order delivered in time raises nothing', async ({ context, demo, getServiceWorker }) => {
  const order = await createOrder(demo.url, 'instant', 55);
  const key = `${new URL(demo.url).host}|${order.orderNo}`;
  const page = await context.newPage();
  await page.goto(order.urls.detail);
  await expect
    .poll(async () => (await readOrder(await getServiceWorker(), key))?.events ?? [])
    .toContain('first-seen');
  // Wait until the promised minute is well past, then look again.
  const deadline = Date.now() + 8_000;
  await page.waitForFunction((t) => Date.now() > t, deadline, { timeout: 15_000 });
  expect((await readOrder(await getServiceWorker(), key))?.breachedAt).toBeNull();
  expect(await alertsOf(await getServiceWorker())).toEqual({ badge: '', notifications: [] });
});

test('stopping the service worker before the deadline does not lose the alarm', async ({
  context,
  demo,
  getServiceWorker,
}) => {
  const order = await createOrder(demo.url, 'never', 48);
  const key = `${new URL(demo.url).host}|${order.orderNo}`;
  const page = await context.newPage();
  await page.goto(order.urls.detail);
  await expect
    .poll(async () =>
      (await getServiceWorker()).evaluate((k) => chrome.alarms.get(`breach:${k}`).then(Boolean), key),
    )
    .toBe(true);

  // Stop every service worker of the profile, as Chrome does to an idle extension worker.
  // A marker in the worker's globals: gone after the restart, which proves the worker really stopped.
  await (await getServiceWorker()).evaluate(() => Object.assign(self, { __marker: 'before-stop' }));
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.close();

  await expect
    .poll(async () => (await readOrder(await getServiceWorker(), key))?.breachedAt, { timeout: 25_000 })
    .toBeTruthy();
  const worker = await getServiceWorker();
  expect(
    await worker.evaluate(() => (self as unknown as { __marker?: string }).__marker ?? 'restarted'),
  ).toBe('restarted');
  expect((await alertsOf(worker)).notifications).toContain(`breach:${key}`);
});
