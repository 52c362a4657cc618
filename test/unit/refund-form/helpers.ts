import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComposeFactsInput } from '../../../lib/compose';
import { collect } from '../../../lib/refund-form/collect';
import type { CollectedForm, EvidenceCandidate } from '../../../lib/refund-form/types';

const ROOT = join(import.meta.dirname, '../../fixtures');

export function fixtureDoc(path: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(ROOT, path), 'utf8'), 'text/html');
}

export function collected(path: string): CollectedForm {
  const { form } = collect(fixtureDoc(path));
  if (!form) throw new Error(`no form in ${path}`);
  return form;
}

export const byLabel = (form: CollectedForm, re: RegExp) => form.fields.find((f) => re.test(f.label ?? ''));

export function facts(over: Partial<ComposeFactsInput> = {}): ComposeFactsInput {
  return {
    orderNo: 'KM202611261503579943',
    product: '爱奇艺黄金VIP会员 季卡',
    amount: 45,
    paidAt: '2026-11-26T07:03:57.000Z',
    problem: 'invalid_key',
    ask: 'replace_or_refund',
    failure: { zh: '卡密已被使用', en: 'key already used' },
    contactedAt: '2026-11-26T08:00:00.000Z',
    evidence: [{ zh: '卡密交付页截图', en: 'key page' }],
    now: '2026-11-27T08:00:00.000Z',
    ...over,
  };
}

export const MB = 1024 * 1024;

export const evidence: EvidenceCandidate[] = [
  { id: 1, kind: 'order-page', mime: 'image/png', size: 300_000, capturedAt: '2026-11-26T07:05:00.000Z' },
  { id: 2, kind: 'card-key', mime: 'image/png', size: 3 * MB, capturedAt: '2026-11-26T07:06:00.000Z' },
  {
    id: 3,
    kind: 'failure-prompt',
    mime: 'image/jpeg',
    size: 400_000,
    capturedAt: '2026-11-26T07:10:00.000Z',
  },
  { id: 4, kind: 'chat', mime: 'application/json', size: 2000, capturedAt: '2026-11-26T07:11:00.000Z' },
  { id: 5, kind: 'chat', mime: 'image/png', size: 500_000, capturedAt: '2026-11-26T07:12:00.000Z' },
  { id: 6, kind: 'card-key', mime: 'image/webp', size: 1 * MB, capturedAt: '2026-11-26T07:07:00.000Z' },
  { id: 7, kind: 'order-page', mime: 'image/png', size: 6 * MB, capturedAt: '2026-11-26T07:20:00.000Z' },
];
