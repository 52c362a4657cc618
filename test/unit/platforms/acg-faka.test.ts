import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acgFaka } from '../../../lib/platforms/acg-faka';
import { FIXTURE_ROOT, loadFixture } from './fixture-cases';

const fixture = (name: string) => readFileSync(join(FIXTURE_ROOT, 'acg-faka', name), 'utf8');
const QUERY = new URL('https://shop.example.cn/user/index/query?tradeNo=482261126140309517');

describe('acg-faka adapter', () => {
  it('treats the stock-race secret as a notice even when the badge says 已发货', () => {
    const html = fixture('query-shipped.html').replace(
      'XKQ7P-3M9ZD-W2HTF<br>B8N4C-TQ2LX-9VMKE',
      '很抱歉，有人在你付款之前抢走了商品，请联系客服。',
    );
    const [order] = acgFaka.extractOrders(loadFixture(html), QUERY);
    expect(order).toMatchObject({
      cardKeys: [],
      undeliveredNotice: '很抱歉，有人在你付款之前抢走了商品，请联系客服。',
    });
  });

  it('splits secrets on <br> and block elements but not inside inline markup', () => {
    const html = fixture('query-shipped.html').replace(
      'XKQ7P-3M9ZD-W2HTF<br>B8N4C-TQ2LX-9VMKE',
      '<p>卡号：<b>STM100A</b> 卡密：<b>7QW3</b></p><p>卡号：<b>STM100B</b> 卡密：<b>ZK9M</b></p>',
    );
    const [order] = acgFaka.extractOrders(loadFixture(html), QUERY);
    expect(order?.cardKeys).toEqual(['卡号：STM100A 卡密：7QW3', '卡号：STM100B 卡密：ZK9M']);
  });

  it('claims query, ticket create and ticket detail only on their own routes', () => {
    const query = loadFixture(fixture('query-shipped.html'));
    expect(acgFaka.detect(query, new URL('/user/personal/purchaseRecord', QUERY))).toBeUndefined();
    const create = loadFixture(fixture('ticket-create.html'));
    expect(acgFaka.detect(create, new URL('/user/ticket/create', QUERY))?.kinds).toEqual(['refund-form']);
    expect(acgFaka.detect(create, new URL('/user/ticket/index', QUERY))).toBeUndefined();
  });

  it('reads is-system messages as system and keeps message paragraphs on separate lines', () => {
    const html = fixture('ticket-detail.html').replace(
      'class="uc-ticket-event"',
      'class="uc-ticket-message is-system"',
    );
    const chat = acgFaka.extractChat?.(loadFixture(html), new URL('/user/ticket/detail?id=57', QUERY)) ?? [];
    expect(chat.map((m) => m.author)).toEqual(['buyer', 'merchant', 'buyer', 'system']);
    expect(chat[0]?.text.split('\n')).toHaveLength(2);
  });

  it('a loading or missing ticket (no messages rendered) is not a chat page', () => {
    const html = fixture('ticket-detail.html').replace(/<article[\s\S]*<\/article>/, '');
    expect(acgFaka.detect(loadFixture(html), new URL('/user/ticket/detail?id=57', QUERY))).toBeUndefined();
  });
});
