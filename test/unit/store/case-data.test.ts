import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../lib/db';
import { blankSnapshot } from '../../../lib/model/order';
import { loadCaseData } from '../../../lib/service/case-data';
import { CaseCorruptError, newCase, putCase } from '../../../lib/store/cases';
import { addEvent } from '../../../lib/store/events';
import { appendEvidence, getBlobs, type NewEvidence } from '../../../lib/store/evidence';
import { ensureOrder } from '../../../lib/store/orders';

const AT = '2026-11-26T06:04:00.000Z';
const where = { site: 'km.example.cn', platform: null, url: 'https://km.example.cn/o/KM1', title: '订单' };
const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
const record = (kind: NewEvidence['kind'], mime: string, bytes: Uint8Array): NewEvidence => ({
  kind,
  mime,
  bytes,
  capturedAt: AT,
  url: where.url,
  title: where.title,
});
const chat = (...texts: string[]) =>
  json({
    type: 'chat-transcript',
    messages: texts.map((text) => ({ author: 'merchant', name: null, at: AT, text })),
  });

let key = '';
beforeEach(async () => {
  await db.delete();
  await db.open();
  key = await ensureOrder(blankSnapshot('KM1').orderNo, where, new Date(AT));
});

describe('loadCaseData', () => {
  it('reads evidence, timeline and case together; chats merged, policies kept, bad JSON skipped', async () => {
    await appendEvidence(key, record('product-page', 'application/json', json({ type: 'product-page', policy: '七天无理由' }))); // prettier-ignore
    await appendEvidence(key, record('chat', 'application/json', chat('稍等', '马上发')));
    await appendEvidence(key, record('order-page', 'image/png', new Uint8Array([137, 80, 78, 71])));
    await appendEvidence(key, record('chat', 'application/json', chat('马上发', '已经发了')));
    await appendEvidence(key, record('chat', 'application/json', new TextEncoder().encode('{not json')));
    await addEvent({ orderKey: key, at: AT, type: 'breach', data: {} });
    await putCase({ ...newCase(key, AT), answers: { keyRedeemResult: 'used' } });

    const data = await loadCaseData(key);
    expect(data.evidence.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(data.chat.map((m) => m.text)).toEqual(['稍等', '马上发', '已经发了']);
    expect(data.policies).toEqual(['七天无理由']);
    expect(data.events.map((e) => e.type)).toEqual(['breach']);
    expect(data.row?.answers).toEqual({ keyRedeemResult: 'used' });
  });

  it('an order with nothing yet: empty lists, no case; a broken case row still throws', async () => {
    expect(await loadCaseData(key)).toEqual({
      evidence: [],
      chat: [],
      policies: [],
      events: [],
      row: undefined,
    });
    await db.cases.put({ orderKey: key, createdAt: AT, updatedAt: AT, state: { step: 'teleport' } } as never);
    await expect(loadCaseData(key)).rejects.toBeInstanceOf(CaseCorruptError);
  });
});

describe('getBlobs', () => {
  it('returns the bytes in the order asked, undefined where missing', async () => {
    const a = await appendEvidence(key, record('note', 'text/plain', new Uint8Array([1])));
    const b = await appendEvidence(key, record('note', 'text/plain', new Uint8Array([2, 3])));
    const missing = 'f'.repeat(64);
    expect(await getBlobs([b.sha256, missing, a.sha256])).toEqual([
      new Uint8Array([2, 3]),
      undefined,
      new Uint8Array([1]),
    ]);
    expect(await getBlobs([])).toEqual([]);
  });
});
