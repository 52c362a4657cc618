// A few sample orders so the demo shop does not look empty (start with seed:false to skip).
import type { Store } from './store.ts';

const HOUR = 3600_000;

export function seedOrders(store: Store): void {
  const now = store.clock.now();
  store.create({ scenario: 'instant', goodsId: 1, payMethod: 'alipay', at: now - 72 * HOUR });
  store.create({ scenario: 'instant', goodsId: 2, payMethod: 'wechat', quantity: 2, at: now - 30 * HOUR });
  store.create({ scenario: 'never', goodsId: 5, payMethod: 'wechat', at: now - 5 * HOUR });
  store.create({ scenario: 'invalid-key', goodsId: 3, payMethod: 'balance', at: now - 2 * HOUR });
  store.create({ scenario: 'manual-topup', goodsId: 4, payMethod: 'alipay', at: now - 40 * 60_000 });
  store.create({
    scenario: 'instant',
    skin: 'dujiaoka',
    goodsId: 2,
    payMethod: 'alipay',
    at: now - 3 * HOUR,
  });
  store.create({ scenario: 'instant', skin: 'acg', goodsId: 1, payMethod: 'alipay', at: now - 4 * HOUR });
}
