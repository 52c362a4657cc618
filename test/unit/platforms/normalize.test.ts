import { describe, expect, it } from 'vitest';
import {
  normalizeDeliveryMode,
  normalizeStatus,
  parseChinaTime,
  parseMoney,
} from '../../../lib/platforms/normalize';

describe('parseMoney', () => {
  it.each([
    ['¥12.50', 12.5],
    ['12.5元', 12.5],
    ['RMB 1,299.00', 1299],
    ['实付：￥0.99', 0.99],
    ['—', null],
    ['', null],
  ])('%s → %s', (text, want) => expect(parseMoney(text)).toBe(want));
});

describe('parseChinaTime', () => {
  it.each([
    ['2026-11-26 14:03:09', '2026-11-26T14:03:09+08:00'],
    ['2026/11/26 14:03', '2026-11-26T14:03:00+08:00'],
    ['2026年11月26日 9时5分', '2026-11-26T09:05:00+08:00'],
    ['2026-11-26', '2026-11-26T00:00:00+08:00'],
    ['2026-11-26T06:03:09Z', '2026-11-26T06:03:09Z'],
    ['2026-11-26 14:03:09 +0900', '2026-11-26T14:03:09+09:00'],
    ['2026-13-40 10:00', null],
    ['-', null],
  ])('%s → %s', (text, want) => expect(parseChinaTime(text)).toBe(want));
});

describe('normalizeStatus', () => {
  it.each([
    ['待付款', 'unpaid'],
    ['已付款 等待发货', 'awaiting_delivery'],
    ['待处理', 'awaiting_delivery'],
    ['已完成', 'delivered'],
    ['部分发货', 'partially_delivered'],
    ['状态异常', 'failed'],
    ['已过期', 'closed'],
    ['退款中', 'refunding'],
    ['平台介入中', 'refunding'],
    ['订单已退款', 'refunded'],
    ['已退单', 'refunded'],
    ['正在处理', 'awaiting_delivery'],
    ['充值中', 'awaiting_delivery'],
    ['已作废', 'closed'],
    ['', 'unknown'],
    ['神秘状态', 'unknown'],
  ])('%s → %s', (text, want) => expect(normalizeStatus(text)).toBe(want));
});

describe('normalizeDeliveryMode', () => {
  it.each([
    ['自动发货', 'auto'],
    ['人工发货', 'manual'],
    ['人工直充', 'manual'],
    ['代充', 'manual'],
    ['', null],
  ])('%s → %s', (text, want) => expect(normalizeDeliveryMode(text)).toBe(want));
});
