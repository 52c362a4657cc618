import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../../../lib/db';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { answerCase, applyCaseEvent, syncCase } from '../../../lib/service/case';
import { handleMessage, type RouterDeps } from '../../../lib/service/router';
import { getCase } from '../../../lib/store/cases';
import { addEvent, listEvents } from '../../../lib/store/events';
import { KEY, NOW, awaiting, delivered, deps, storeOrder } from './helpers';

const h = (hours: number) => new Date(Date.parse(NOW) + hours * 3_600_000).toISOString();
const caseSteps = async () =>
  (await listEvents(KEY)).filter((e) => e.type === 'case-step').map((e) => [e.data.event, e.data.step, e.data.auto]); // prettier-ignore

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('case service: events', () => {
  it('opens the case on first use, applies the event, stores it and adds a case-step timeline event', async () => {
    await storeOrder(awaiting(), h(-1.9));
    const reply = await applyCaseEvent(KEY, { type: 'MESSAGE_SENT', at: NOW }, deps());
    expect(reply).toMatchObject({ ok: true, detail: 'contact_merchant', state: { messageSentAt: NOW } });
    const row = await getCase(KEY);
    expect(row?.state).toMatchObject({ step: 'contact_merchant', openedAt: NOW, orderAmount: 96 });
    expect(row?.state?.history).toEqual([{ type: 'MESSAGE_SENT', at: NOW }]);
    expect(await caseSteps()).toEqual([['MESSAGE_SENT', 'contact_merchant', false]]);

    const refused = await applyCaseEvent(KEY, { type: 'MERCHANT_REFUSED', at: h(1) }, deps(h(1)));
    expect(refused).toMatchObject({ ok: true, detail: 'refund_request' });
    expect((await getCase(KEY))?.state?.merchantRefusedAt).toBe(h(1));
    expect(await caseSteps()).toHaveLength(2);
  });

  it('takes the claim deadline from the assessment when it opens the case (R3: 48 h after delivery)', async () => {
    await storeOrder(delivered(), h(-2));
    await answerCase(KEY, { keyRedeemResult: 'used' }, deps());
    await applyCaseEvent(KEY, { type: 'MESSAGE_SENT', at: NOW }, deps());
    expect((await getCase(KEY))?.state?.claimDeadline).toBe(h(46));
  });

  it('rejects an event the step does not allow, with a clear message, and changes nothing', async () => {
    await storeOrder(awaiting(), h(-1.9));
    const reply = await applyCaseEvent(KEY, { type: 'ARRIVED', at: NOW, amount: 96 }, deps());
    expect(reply).toEqual({ ok: false, error: '当前步骤“联系商家”不能记录“退款到账”', state: null });
    expect((await getCase(KEY))?.state ?? null).toBeNull();
    expect(await caseSteps()).toEqual([]);
  });

  it('rejects intervention before the merchant window ran out (demo-kameng: 24 h after the message)', async () => {
    await storeOrder(awaiting(), h(-1.9));
    await applyCaseEvent(KEY, { type: 'MESSAGE_SENT', at: NOW }, deps());
    const early = await applyCaseEvent(KEY, { type: 'INTERVENTION_REQUESTED', at: h(2) }, deps(h(2)));
    expect(early).toMatchObject({ ok: false, error: '商家处理期未满，暂不能申请平台介入' });
    const later = await applyCaseEvent(KEY, { type: 'INTERVENTION_REQUESTED', at: h(25) }, deps(h(25)));
    expect(later).toMatchObject({ ok: true, detail: 'platform_intervention' });
  });

  it('rejects events older than the last one and events from the future', async () => {
    await storeOrder(awaiting(), h(-1.9));
    await applyCaseEvent(KEY, { type: 'MESSAGE_SENT', at: NOW }, deps());
    expect(await applyCaseEvent(KEY, { type: 'MERCHANT_REFUSED', at: h(-1) }, deps())).toMatchObject({
      ok: false,
      error: '事件时间早于上一事件',
    });
    expect(await applyCaseEvent(KEY, { type: 'MERCHANT_REFUSED', at: h(1) }, deps())).toMatchObject({
      ok: false,
      error: expect.stringContaining('晚于现在'),
    });
  });

  it('an unknown order is an error, and no case is created for it', async () => {
    expect(await applyCaseEvent('x|1', { type: 'MESSAGE_SENT', at: NOW }, deps())).toEqual({
      ok: false,
      error: '找不到这个订单',
    });
    expect(await db.cases.count()).toBe(0);
  });

  it('steps 4–5: refund issued, then a short arrival keeps the case open at 确认到账', async () => {
    await storeOrder(awaiting(), h(-1.9));
    await applyCaseEvent(KEY, { type: 'MERCHANT_AGREED', at: NOW }, deps());
    const issued = {
      type: 'REFUND_ISSUED' as const,
      at: h(0.1),
      channel: 'site_balance' as const,
      amount: 96,
    };
    expect(await applyCaseEvent(KEY, issued, deps(h(0.1)))).toMatchObject({ detail: 'refund_processing' });
    const arrived = await applyCaseEvent(KEY, { type: 'ARRIVED', at: h(0.2), amount: 91.2 }, deps(h(0.2)));
    expect(arrived).toMatchObject({ ok: true, detail: 'confirm_arrival' });
    const steps = (await listEvents(KEY)).filter((e) => e.type === 'case-step').map((e) => e.data);
    expect(steps.at(-2)).toMatchObject({ event: 'REFUND_ISSUED', channel: 'site_balance', amount: 96 });
    expect(steps.at(-1)).toMatchObject({ event: 'ARRIVED', amount: 91.2, step: 'confirm_arrival' });
  });
});

describe('case service: answers', () => {
  it('merges answers (null clears one) and records them on the timeline', async () => {
    await storeOrder(delivered(), h(-2));
    expect(await answerCase(KEY, { keyRedeemResult: 'used', changedMind: false }, deps())).toMatchObject({ ok: true }); // prettier-ignore
    await answerCase(KEY, { changedMind: null }, deps());
    expect((await getCase(KEY))?.answers).toEqual({ keyRedeemResult: 'used' });
    expect((await getCase(KEY))?.state).toBeNull(); // answers alone open no case
    const notes = (await listEvents(KEY)).filter((e) => e.type === 'note').map((e) => e.data);
    expect(notes).toContainEqual({ kind: 'answer', fact: 'keyRedeemResult', value: 'used' });
  });

  it('an open case gets the claim deadline of the new answers', async () => {
    await storeOrder(delivered(), h(-2));
    await applyCaseEvent(KEY, { type: 'MESSAGE_SENT', at: NOW }, deps());
    expect((await getCase(KEY))?.state?.claimDeadline).toBe(h(46)); // UNKNOWN, delivered: after-sales window
    await answerCase(KEY, { changedMind: true, merchantPromise: '支持7天无理由退款' }, deps());
    expect((await getCase(KEY))?.state?.claimDeadline).toBe(h(166)); // R10: the promise's own 7 days
  });
});

describe('case service: refund forms CardShield saw submitted', () => {
  it('records REFUND_REQUESTED at the submission time, once, as an automatic step', async () => {
    await storeOrder(awaiting(), h(-1.9));
    await addEvent({ orderKey: KEY, at: h(-1), type: 'form-submitted', data: { url: 'https://km.example.cn/user/order/KM1/refund', fields: 5 } }); // prettier-ignore
    expect(await syncCase(KEY, deps())).toMatchObject({ ok: true, detail: 'refund_request' });
    expect(await syncCase(KEY, deps())).toMatchObject({ ok: true, detail: 'refund_request' });
    const row = await getCase(KEY);
    expect(row?.state).toMatchObject({ openedAt: h(-1), refundRequestedAt: h(-1) });
    expect(row?.synced).toHaveLength(1);
    expect(await caseSteps()).toEqual([['REFUND_REQUESTED', 'refund_request', true]]);
  });

  it('a manual step reflects a pending submission first; an appeal page counts as intervention', async () => {
    await storeOrder(awaiting(), h(-30));
    await addEvent({ orderKey: KEY, at: h(-26), type: 'form-submitted', data: { url: 'https://km.example.cn/user/order/KM1/refund' } }); // prettier-ignore
    await addEvent({ orderKey: KEY, at: h(-1), type: 'form-submitted', data: { url: 'https://km.example.cn/user/order/KM1/appeal' } }); // prettier-ignore
    const r = await applyCaseEvent(KEY, { type: 'PLATFORM_REJECTED', at: NOW }, deps());
    expect(r).toMatchObject({ ok: true, detail: 'platform_intervention' });
    expect(await caseSteps()).toEqual([
      ['REFUND_REQUESTED', 'platform_intervention', true],
      ['INTERVENTION_REQUESTED', 'platform_intervention', true],
      ['PLATFORM_REJECTED', 'platform_intervention', false],
    ]);
  });
});

describe('case messages through the router', () => {
  const routerDeps = (): RouterDeps => ({
    session: fakeBrowser.storage.session,
    capture: vi.fn(async () => undefined),
    captureFull: vi.fn(async () => undefined),
    archive: vi.fn(async () => {
      throw new Error('not used');
    }),
    injectExtractor: vi.fn(async () => undefined),
    settings: async () => DEFAULT_SETTINGS,
    captureBreach: vi.fn(async () => undefined),
    now: () => new Date(NOW),
  });

  it('validates case-event and case-answer payloads with zod', async () => {
    await storeOrder(delivered(), h(-2));
    const bad = await handleMessage({ type: 'case-event', orderKey: KEY, event: { type: 'NOPE', at: NOW } }, {}, routerDeps()); // prettier-ignore
    expect(bad).toMatchObject({ ok: false, error: expect.stringContaining('消息格式无效') });
    const unknownFact = await handleMessage({ type: 'case-answer', orderKey: KEY, answers: { bogus: true } }, {}, routerDeps()); // prettier-ignore
    expect(unknownFact).toMatchObject({ ok: false, error: expect.stringContaining('回答无效') });
    const badValue = await handleMessage({ type: 'case-answer', orderKey: KEY, answers: { keyRedeemResult: 'maybe' } }, {}, routerDeps()); // prettier-ignore
    expect(badValue).toMatchObject({ ok: false });
  });

  it('dispatches case-event, case-answer and case-sync and answers the new state', async () => {
    await storeOrder(delivered(), h(-2));
    const answered = await handleMessage({ type: 'case-answer', orderKey: KEY, answers: { keyRedeemResult: 'used' } }, {}, routerDeps()); // prettier-ignore
    expect(answered).toMatchObject({ ok: true, state: null });
    const sent = await handleMessage({ type: 'case-event', orderKey: KEY, event: { type: 'MESSAGE_SENT', at: NOW } }, {}, routerDeps()); // prettier-ignore
    expect(sent).toMatchObject({ ok: true, detail: 'contact_merchant', state: { messageSentAt: NOW } });
    expect(await handleMessage({ type: 'case-sync', orderKey: KEY }, {}, routerDeps())).toMatchObject({ ok: true }); // prettier-ignore
  });

  it('a corrupt case record is reported, never overwritten', async () => {
    await storeOrder(delivered(), h(-2));
    await db.cases.put({ orderKey: KEY, createdAt: 'yesterday' } as never);
    const r = await handleMessage({ type: 'case-event', orderKey: KEY, event: { type: 'MESSAGE_SENT', at: NOW } }, {}, routerDeps()); // prettier-ignore
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('维权记录已损坏') });
    expect(await db.cases.get(KEY)).toEqual({ orderKey: KEY, createdAt: 'yesterday' });
  });
});
