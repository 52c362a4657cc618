import { describe, expect, it } from 'vitest';
import { findThread } from '../../../../lib/platforms/heuristics/threads';
import { pageOf } from './helpers';

const msg = (cls: string, name: string, time: string, body: string) =>
  `<div class="reply-item ${cls}"><div class="head"><span class="name">${name}</span><span class="time">${time}</span></div><div class="body">${body}</div></div>`;

describe('findThread', () => {
  it('reads repeated name/time/body blocks; authors from names, then role classes', () => {
    const t = findThread(
      pageOf(
        `<div class="list">${msg('is-user', 'momo酱', '2026-11-27 10:15:32', '兑换码已被使用')}${msg('is-admin', '小林', '2026-11-27 11:02:07', '请提供截图')}${msg('', '客服', '2026-11-27 11:05:00', '已补发')}</div>`,
      ),
    )!;
    expect(t.cue).toBe(true);
    expect(t.messages).toEqual([
      { author: 'buyer', name: 'momo酱', at: '2026-11-27T10:15:32+08:00', text: '兑换码已被使用' },
      { author: 'merchant', name: '小林', at: '2026-11-27T11:02:07+08:00', text: '请提供截图' },
      { author: 'merchant', name: '客服', at: '2026-11-27T11:05:00+08:00', text: '已补发' },
    ]);
  });

  it('returns a newest-first feed oldest-first', () => {
    const t = findThread(
      pageOf(
        `<ul>${msg('', '管理员', '2026-11-26 08:15:02', 'b')}${msg('', '买家', '2026-11-25 22:10:41', 'a')}</ul>`,
      ),
    )!;
    expect(t.messages.map((m) => m.text)).toEqual(['a', 'b']);
  });

  it('gives no cue for blog comments or recent-buyer tickers (no roles named)', () => {
    const t = findThread(
      pageOf(
        `<section>${msg('', '路过的小明', '2026-11-21 10:12', '感谢分享')}${msg('', '阿飞', '2026-11-22 18:40', '订单号找不到了怎么办')}</section>`,
      ),
    );
    expect(t?.cue ?? false).toBe(false);
  });
});
