// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });

describe('extract CLI', () => {
  it('prints exactly one JSON object for a saved page', () => {
    const r = run(
      'test/fixtures/demo-kameng/order-awaiting.html',
      '--url',
      'http://127.0.0.1:8080/user/order/KM202611261403091234',
    );
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['platform', 'kinds', 'orders', 'chat', 'refundForm', 'warnings']);
    expect(out.orders[0]).toMatchObject({ orderNo: 'KM202611261403091234', status: 'awaiting_delivery' });
  });

  it('exits 2 with a clear message on unreadable input or a bad adapter', () => {
    const missing = run('no-such-file.html', '--url', 'https://x.example/');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read no-such-file.html');
    const bad = run('test/fixtures/demo-kameng/order-awaiting.html', '--only', 'nope');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown adapter');
  });
});
