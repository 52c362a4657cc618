import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { snapshotForm } from '../../../lib/content/form-snapshot';
import { db } from '../../../lib/db';
import { getBlob, listEvidence } from '../../../lib/store/evidence';
import { recordSubmission } from '../../../lib/service/submissions';

const FORM = `<form id="refund-form">
  <label for="no">订单编号</label><input id="no" name="order_no" value="KM202611261403091234" readonly>
  <label for="amt">退款金额</label><input id="amt" name="amount" type="number" value="15.80">
  <label for="r">退款原因</label><select id="r" name="reason"><option>请选择</option><option>未收到货/未发货</option><option>卡密已被使用</option><option>其他</option></select>
  <label for="d">问题描述</label><textarea id="d" name="description">付款后卡密在官方兑换页提示已被使用。</textarea>
  <input type="password" name="pay_password" value="123456">
  <input type="file" name="evidence" multiple>
</form>`;

/** The form as the buyer left it: the reason picked from the list. */
function filledForm() {
  const doc = new DOMParser().parseFromString(FORM, 'text/html');
  doc.querySelector('select')!.value = '卡密已被使用';
  return doc.querySelector('form')!;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('submitted forms', () => {
  it('snapshots what the buyer typed and chose, never passwords', () => {
    const fields = snapshotForm(filledForm());
    expect(fields.map((f) => [f.role, f.value])).toEqual([
      ['orderNo', 'KM202611261403091234'],
      ['amount', '15.80'],
      ['reason', '卡密已被使用'],
      ['description', '付款后卡密在官方兑换页提示已被使用。'],
      ['evidence', ''],
    ]);
  });

  it('stores the form as JSON on the order it names, plus a screenshot', async () => {
    const capture = vi.fn(async () => ({
      bytes: new Uint8Array([1]),
      mime: 'image/png',
      url: 'https://km.example.cn/user/order/KM202611261403091234/refund',
      title: '申请退款',
      capturedAt: '2026-11-26T07:00:00.000Z',
      rawSha256: 'f'.repeat(64),
      width: 1280,
      height: 720,
    }));
    const deps = { session: fakeBrowser.storage.session, capture, captureFull: vi.fn(async () => undefined) };
    const msg = {
      type: 'form-submitted' as const,
      url: 'https://km.example.cn/user/order/KM202611261403091234/refund',
      title: '申请退款',
      platform: 'demo-kameng',
      fields: snapshotForm(filledForm()),
    };
    expect(await recordSubmission(msg, 4, deps, new Date('2026-11-26T07:00:00Z'))).toEqual({
      ok: true,
      detail: 'KM202611261403091234',
      orderKey: 'km.example.cn|KM202611261403091234',
    });
    const rows = await listEvidence('km.example.cn|KM202611261403091234');
    expect(rows.map((r) => [r.kind, r.mime])).toEqual([
      ['submitted-form', 'application/json'],
      ['submitted-form', 'image/png'],
    ]);
    const json = JSON.parse(new TextDecoder().decode(await getBlob(rows[0]!.sha256)));
    expect(json.fields.find((f: { role: string }) => f.role === 'reason').value).toBe('卡密已被使用');
  });
});
