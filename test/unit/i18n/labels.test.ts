import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeVerdict, KIND_LABEL, kindLabel } from '../../../lib/i18n/evidence';
import { lookupMessage } from '../../../lib/i18n/lookup';
import { statusLabel } from '../../../lib/i18n/status';

/** An English browser: the `en` side of the catalogue. */
const english = () => {
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
    lookupMessage(key, subs, 1)) as never;
};

describe('UI labels follow the browser language', () => {
  it('zh-CN by default', () => {
    expect(kindLabel('failure-prompt')).toBe('失败提示');
    expect(statusLabel('awaiting_delivery')).toBe('待发货');
    expect(describeVerdict({ ok: true, count: 2 })).toBe('证据链完整：2 份证据均未被改动');
    expect(describeVerdict({ ok: true, count: 3, removed: [{ seq: 1, at: 'T', bySeq: 3 }] })).toBe(
      '证据链完整：3 份证据均未被改动 （其中 1 份的文件已按你的要求清理，清理记录在链中）',
    );
    expect(describeVerdict({ ok: false, count: 3, first: { seq: 2, problem: 'chain-broken' } })).toBe(
      '证据链有问题：第 2 份 — 哈希链断开（记录被改动）',
    );
  });

  it('English in an English browser; the report keeps its zh-CN labels', () => {
    english();
    expect(kindLabel('failure-prompt')).toBe('Failure prompt');
    expect(statusLabel('awaiting_delivery')).toBe('Awaiting delivery');
    expect(describeVerdict({ ok: true, count: 0 })).toBe('No evidence yet');
    expect(describeVerdict({ ok: false, count: 3, first: { seq: 3, problem: 'out-of-order' } })).toBe(
      'Evidence chain broken at record 3 — records are missing or out of order',
    );
    expect(KIND_LABEL['failure-prompt']).toBe('失败提示');
  });
});
