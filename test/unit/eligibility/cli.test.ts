// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'assess-'));
const run = (args: string[], stdin?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/assess.ts', ...args], { cwd: root, encoding: 'utf8', input: stdin }); // prettier-ignore
const file = (name: string, body: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof body === 'string' ? body : JSON.stringify(body));
  return p;
};

const SEED_NOT_DELIVERED = {
  order: { status: 'awaiting_delivery', amount: 30, paidAt: '2026-03-01T10:00:00+08:00', deliveryMode: 'auto', cardKeys: [], itemType: 'virtual', promiseMinutes: 10 }, // prettier-ignore
  facts: { keyRedeemResult: null, noRefundNotice: true },
  evidence: ['E1', 'E2'],
  now: '2026-03-01T12:00:00+08:00',
};

describe('assess CLI', () => {
  it('prints verdict, fired rules, missing evidence and the zh-CN next step', () => {
    const r = run([file('ok.json', SEED_NOT_DELIVERED)]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      verdict: 'ELIGIBLE',
      rules: ['R1', 'R11'],
      missingEvidence: ['E3', 'E6'],
      // Past the 10-minute promise: the missed promise was the merchant's deadline, the request can be filed.
      nextStep: '提交退款申请',
    });
  });

  it('reads stdin with "-" and prints the whole assessment with --full', () => {
    const r = run(['-', '--full'], JSON.stringify({ ...SEED_NOT_DELIVERED, facts: {} }));
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.nextStep).toMatchObject({ id: 'refund_request', nameZh: '提交退款申请', actor: 'buyer' });
    expect(a.rules).toHaveLength(17);
  });

  it('before the promised time: 联系商家', () => {
    const early = { ...SEED_NOT_DELIVERED, now: '2026-03-01T10:05:00+08:00' };
    expect(JSON.parse(run([file('early.json', early)]).stdout)).toMatchObject({ nextStep: '联系商家' });
  });

  it('退款中 with the delivery status seen before it: R1 still fires, the merchant has to act', () => {
    const order = { ...SEED_NOT_DELIVERED.order, status: 'refunding', deliveryStatus: 'awaiting_delivery' };
    const r = run([file('refunding.json', { ...SEED_NOT_DELIVERED, order })]);
    expect(JSON.parse(r.stdout)).toMatchObject({
      verdict: 'ELIGIBLE',
      rules: ['R1', 'R11'],
      nextStep: '退款处理',
    });
  });

  it('missing facts are unknown: a delivered key with no facts → 核实情况', () => {
    const r = run([file('unknown.json', { order: { status: 'delivered', cardKeys: ['K'] }, now: '2026-03-01T12:00:00Z' })]); // prettier-ignore
    expect(JSON.parse(r.stdout)).toMatchObject({ verdict: 'UNKNOWN', rules: [], nextStep: '核实情况' });
  });

  it.each([
    ['no argument', [], undefined, 'no input file'],
    ['missing file', ['/no/such/case.json'], undefined, 'cannot read /no/such/case.json'],
    ['bad JSON', [file('bad.json', '{ nope')], undefined, 'is not valid JSON'],
    ['unknown fact (typo)', [file('typo.json', { ...SEED_NOT_DELIVERED, facts: { keyRedemResult: 'used' } })], undefined, 'Unrecognized key: "keyRedemResult"'], // prettier-ignore
    ['bad status', [file('status.json', { ...SEED_NOT_DELIVERED, order: { ...SEED_NOT_DELIVERED.order, status: 'shipped' } })], undefined, 'order.status'], // prettier-ignore
    ['missing now', [file('now.json', { order: SEED_NOT_DELIVERED.order })], undefined, 'now'],
    [
      'bad evidence code',
      [file('ev.json', { ...SEED_NOT_DELIVERED, evidence: ['E10'] })],
      undefined,
      'evidence',
    ],
    ['unknown option', ['--verbose'], undefined, 'usage'],
  ])('exit 2 on %s', (_name, args, stdin, message) => {
    const r = run(args as string[], stdin);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^assess: /);
    expect(r.stderr).toContain(message);
  });
});
