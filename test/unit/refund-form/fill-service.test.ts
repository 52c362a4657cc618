import { describe, expect, it, vi } from 'vitest';
import { fillForm, resolveOrder, type FillDeps } from '../../../lib/service/fill';
import type { FillerMessage } from '../../../lib/refund-form/protocol';
import type { CollectedForm } from '../../../lib/refund-form/types';
import { OrderRow } from '../../../lib/model/order';
import { collected } from './helpers';

const row = (orderNo: string, lastSeenAt: string, site = '127.0.0.1:8080') =>
  OrderRow.parse({
    orderNo,
    product: null,
    quantity: null,
    amount: 45,
    payMethod: null,
    createdAt: null,
    paidAt: null,
    status: 'delivered',
    statusText: null,
    deliveryMode: null,
    cardKeys: [],
    undeliveredNotice: null,
    promise: null,
    key: `${site}|${orderNo}`,
    site,
    platform: 'demo-kameng',
    url: '',
    title: '',
    firstSeenAt: lastSeenAt,
    lastSeenAt,
    evidenceCount: 0,
    lastChainHash: null,
  });

describe('resolveOrder', () => {
  const form: CollectedForm = {
    ...collected('demo-kameng/refund-form.html'),
    url: 'http://127.0.0.1:8080/user/order/KM202611261503579943/refund',
  };
  const orders = [
    row('KM1', '2026-11-27T00:00:00.000Z'),
    row('KM202611261503579943', '2026-11-01T00:00:00.000Z'),
  ];

  it('the order the form names wins over the last viewed', async () => {
    expect((await resolveOrder(form, [], orders))?.orderNo).toBe('KM202611261503579943');
  });

  it('else the tab’s order, else the last viewed on the same site; other sites never', async () => {
    const bare = { ...form, url: 'http://127.0.0.1:8080/complaint', fields: [] };
    expect((await resolveOrder(bare, ['127.0.0.1:8080|KM202611261503579943'], orders))?.orderNo).toBe(
      'KM202611261503579943',
    );
    expect((await resolveOrder(bare, [], orders))?.orderNo).toBe('KM1');
    expect(await resolveOrder({ ...bare, url: 'http://other.example/x' }, [], orders)).toBeUndefined();
  });
});

describe('fillForm outcomes', () => {
  const deps = (send: (m: FillerMessage) => unknown, inject = async () => {}): FillDeps => ({
    session: { get: async () => ({}), set: async () => {}, remove: async () => {} },
    local: { get: async () => ({}) },
    inject,
    send: async (_t, m) => send(m),
    syncEditors: async () => {},
    now: () => new Date('2026-11-27T00:00:00.000Z'),
    wait: async () => {},
  });

  it('no form after three tries → retryable', async () => {
    const send = vi.fn(() => ({ ok: true, form: null }));
    const r = await fillForm({ tabId: 1 }, deps(send));
    expect(r).toMatchObject({ ok: false, retryable: true });
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('a page the extension may not script → terminal', async () => {
    const r = await fillForm(
      { tabId: 1 },
      deps(
        () => ({}),
        async () => {
          throw new Error('Cannot access a chrome:// URL');
        },
      ),
    );
    expect(r.ok).toBe(false);
    expect(r.retryable).toBeUndefined();
  });
});
