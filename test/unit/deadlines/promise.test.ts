import { describe, expect, it } from 'vitest';
import { parseCount, parsePromise } from '../../../lib/deadlines/promise';

/** Shop phrasings → promised minutes (null = not a promise). */
const CASES: [string, number | null][] = [
  ['付款后10分钟内自动发货', 10],
  ['30分钟内发货', 30],
  ['付款后30分钟内发卡', 30],
  ['人工直充，付款后2小时内到账', 120],
  ['2小时内到账', 120],
  ['1-2小时内到账', 120],
  ['1~3个工作日内处理', 4320],
  ['24小时内发货', 1440],
  ['48小时内处理完毕', 2880],
  ['24h内发货', 1440],
  ['半小时内发货', 30],
  ['两小时内充值到账', 120],
  ['三十分钟内完成充值', 30],
  ['二十四小时内处理', 1440],
  ['1天内发货', 1440],
  ['3天内发出', 4320],
  ['5 分钟内自动发卡', 5],
  ['预计 15 分钟内到账，高峰期可能延迟', 15],
  ['如果24小时以后还未到账请再提交工单！', 1440],
  ['当前商品处理需要一定的时间，请耐心等待！如果48小时以后还未到账请再提交工单！', 2880],
  ['付款后立即发货', 0],
  ['秒发货，付款即到', 0],
  ['自动发卡 秒到', 0],
  ['即时到账', 0],
  ['代充商品，付款后6小时内处理', 360],
  ['10min内发货', 10],
  ['付款成功后，一般5分钟内到账', 5],
  ['本商品为人工发货，工作时间1小时内发货，夜间次日处理', 60],
  ['直充订单2-4小时到账', 240],
  ['下单后12小时内上号', 720],
  // Traps: a duration, but no delivery promise.
  ['24小时客服在线', null],
  ['客服24小时在线处理问题', null],
  ['5分钟内未付款订单作废', null],
  [':5分钟内未完成支付订单将作废', null],
  ['请在10分钟内完成支付', null],
  ['订单查询仅能查询最近30天的数据', null],
  ['支持7天无理由退换', null],
  ['卡密有效期30天', null],
  ['激活后30天内使用', null],
  ['会员时长：30天', null],
  ['3天内可申请售后', null],
  ['售后问题24小时内回复', null],
  ['自动发货', null],
  ['请立即付款，否则订单将关闭', null],
  ['', null],
];

describe('parsePromise', () => {
  it('covers at least 40 phrasings', () => expect(CASES.length).toBeGreaterThanOrEqual(40));
  it.each(CASES)('%s → %s', (text, minutes) => {
    const got = parsePromise(text);
    expect(got?.minutes ?? null).toBe(minutes);
    if (got) expect(got.text).toBe(text.replace(/\s+/g, ' ').trim());
  });
});

describe('parseCount', () => {
  it.each([
    ['30', 30],
    ['三', 3],
    ['十', 10],
    ['十五', 15],
    ['二十四', 24],
    ['两', 2],
    ['半', 0.5],
    ['abc', undefined],
  ])('%s → %s', (token, n) => expect(parseCount(token)).toBe(n));
});
