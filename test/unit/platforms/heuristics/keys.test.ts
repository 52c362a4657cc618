import { describe, expect, it } from 'vitest';
import { looksLikeKey } from '../../../../lib/platforms/heuristics/key-lines';
import { extractKeys } from '../../../../lib/platforms/heuristics/keys';
import { noticeIn } from '../../../../lib/platforms/heuristics/notice';
import { scopeOf } from '../../../../lib/platforms/heuristics/query';
import { pageOf } from './helpers';

const keysOf = (html: string, skip: string[] = []) => {
  const page = pageOf(html);
  return extractKeys(page, scopeOf(page, 0), [], new Set(skip));
};

describe('looksLikeKey', () => {
  it.each([
    'XKQ7P-3M9ZD-W2HTF',
    '卡号：8000 1234 5678 9012 密码：ABCD-EFGH-JKLM',
    'vip_user01----Pa55word',
    'https://www.spotify.com/redeem?code=A1B2C3',
    'a3f9c1e07b5d24f68a0c',
  ])('key: %s', (line) => expect(looksLikeKey(line)).toBe(true));
  it.each([
    '正在发货中，请耐心等待',
    '兑换方法：打开APP输入兑换码。',
    '<img src=x onerror=alert(1)>',
    '2026-11-27',
  ])('not a key: %s', (line) => expect(looksLikeKey(line)).toBe(false));
});

describe('extractKeys', () => {
  it('reads a readonly textarea, dropping buyer-input lines', () => {
    const r = keysOf(
      '<textarea readonly>充值QQ号:2836451907\n游戏区服:手Q安卓区\nTXVIP-8K2M-Q7WD-3XPL-H5NC\n</textarea>',
    );
    expect(r.keys).toEqual(['TXVIP-8K2M-Q7WD-3XPL-H5NC']);
  });

  it('splits a key box at <br>, joins 卡号/卡密 lines and dedupes the copy button', () => {
    const r = keysOf(
      '<div id="cardinfo">卡号：8521 0066 3394 7710<br>卡密：571204938862</div><button data-clipboard-text="卡号：8521 0066 3394 7710 卡密：571204938862">复制</button>',
    );
    expect(r.keys).toEqual(['卡号：8521 0066 3394 7710 卡密：571204938862']);
  });

  it('follows copy-button targets and key labels', () => {
    expect(
      keysOf('<pre id="km">AQY-VIP-7HQ2K9WD3XPL</pre><a data-clipboard-target="#km">复制</a>').keys,
    ).toEqual(['AQY-VIP-7HQ2K9WD3XPL']);
    expect(
      keysOf(
        '<h3>卡密信息</h3><div>SPOT-9KQ2-M7XD-4WNB<br>SPOT-3TLP-8VHC-2RZE</div><h4>商品简介</h4><div>https://x.example/a1</div>',
      ).keys,
    ).toEqual(['SPOT-9KQ2-M7XD-4WNB', 'SPOT-3TLP-8VHC-2RZE']);
  });

  it('reports a "not delivered" text as a notice, never as a key; a status badge is no notice', () => {
    const r = keysOf(
      '<div class="shipment-title">宝贝内容</div><span>等待发货</span><div class="card-display">正在发货中，请耐心等待，如有疑问，请联系客服。</div>',
    );
    expect(r).toMatchObject({ keys: [], notice: '正在发货中，请耐心等待，如有疑问，请联系客服。' });
  });

  it('drops placeholders, markup and skipped values (the order number)', () => {
    const r = keysOf(
      '<textarea readonly>暂无\n&lt;img src=x onerror=alert(1)&gt;\nA1B2C3D4E5F6G7H8\nQWER-TYUI-OPAS</textarea>',
      ['A1B2C3D4E5F6G7H8'],
    );
    expect(r.keys).toEqual(['QWER-TYUI-OPAS']);
  });

  it('ignores an empty reply box in a form', () =>
    expect(
      keysOf(
        '<form><textarea name="content" placeholder="输入回复"></textarea><button type="submit">发送</button></form>',
      ).areas,
    ).toBe(0));
});

describe('noticeIn', () => {
  it('finds a status line outside the key box and drops the clause repeating the order', () => {
    const page = pageOf(
      '<p class="status-msg">订单#20261126151822Kq7Tn&nbsp;已支付，目前库存不足，您还有1件未发货，请联系商家客服发货</p>',
    );
    expect(noticeIn(page, scopeOf(page, 0))).toBe('目前库存不足，您还有1件未发货，请联系商家客服发货');
  });
  it('ignores anti-fraud tips that quote such texts', () => {
    const page = pageOf(
      '<div>1.卡密内容为"联系XX取卡"、"付款成功，等待充值" 2.以各种理由推脱到第二天发货</div>',
    );
    expect(noticeIn(page, scopeOf(page, 0))).toBeNull();
  });
});
