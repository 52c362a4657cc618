import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CardShieldDB } from '../../../lib/db';
import {
  BACKUP_PATH,
  BackupRefused,
  createBackup,
  parseBackup,
  restoreBackup,
} from '../../../lib/export/backup';
import { unzipFiles, zipFiles, type Files } from '../../../lib/export/zip';
import { openCase } from '../../../lib/eligibility';
import { newCase, putCase } from '../../../lib/store/cases';
import { cleanupOrder } from '../../../lib/service/cleanup';
import { KEY, NOW, seed } from './seed';

let source: CardShieldDB;
let target: CardShieldDB;

beforeEach(async () => {
  source = await seed('backup-source');
  const at = NOW.toISOString();
  await putCase(
    { ...newCase(KEY, at), state: openCase({ at, orderAmount: 48.5, claimDeadline: null }) },
    source,
  );
  target = new CardShieldDB('backup-target');
  await target.delete();
  await target.open();
});
afterEach(async () => {
  await source.delete();
  await target.delete();
});

async function snapshot(database: CardShieldDB) {
  return {
    orders: await database.orders.toArray(),
    evidence: await database.evidence.orderBy('id').toArray(),
    events: await database.events.orderBy('id').toArray(),
    cases: await database.cases.toArray(),
    blobs: (await database.blobs.toArray()).map((b) => [b.sha256, Array.from(b.bytes)]),
  };
}

const rezip = (f: Files) => zipFiles(f, NOW.toISOString());
const json = (f: Files) => JSON.parse(new TextDecoder().decode(f[BACKUP_PATH])) as Record<string, unknown>;
const withJson = (f: Files, body: unknown) =>
  rezip({ ...f, [BACKUP_PATH]: new TextEncoder().encode(JSON.stringify(body)) });

async function refused(zip: Uint8Array, message: RegExp) {
  const before = await snapshot(target);
  await expect(restoreBackup(zip, { database: target })).rejects.toThrow(BackupRefused);
  await expect(parseBackup(zip, target.verno)).rejects.toThrow(message);
  expect(await snapshot(target)).toEqual(before);
}

describe('backup and restore', () => {
  it('restores into an empty database with identical records, ids and hashes', async () => {
    const backup = await createBackup(source, { now: NOW });
    expect(backup.counts).toEqual({ orders: 1, evidence: 3, events: 2, cases: 1, blobs: 3 });
    const result = await restoreBackup(backup.zip, { database: target });
    expect(result).toEqual({ counts: backup.counts, brokenChains: [] });
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('restores an order after a chained clean-up (files removed by the note are not "missing")', async () => {
    await cleanupOrder(KEY, { now: NOW, database: source });
    const { zip } = await createBackup(source, { now: NOW });
    const restored = await restoreBackup(zip, { database: target });
    expect(restored.brokenChains).toEqual([]);
    expect(await snapshot(target)).toEqual(await snapshot(source));
    // Without the note, the same missing file is refused.
    const files = unzipFiles(zip);
    const body = json(files);
    const tables = body.tables as { evidence: { meta: Record<string, unknown> }[] };
    const evidence = tables.evidence.filter((e) => e.meta.cleanup !== true);
    await expect(
      parseBackup(
        withJson(files, {
          ...body,
          tables: { ...tables, evidence },
          counts: { ...(body.counts as object), evidence: evidence.length },
        }),
      ),
    ).rejects.toThrow(/文件缺失/);
  });

  it('refuses a non-empty database unless asked to replace, and then replaces in one go', async () => {
    const backup = await createBackup(source, { now: NOW });
    await expect(restoreBackup(backup.zip, { database: source })).rejects.toThrow(/替换现有数据/);
    await source.orders.update(KEY, { amount: 1 });
    await restoreBackup(backup.zip, { database: source, replace: true });
    expect((await source.orders.get(KEY))?.amount).toBe(48.5);
  });

  it('refuses malformed backups and changes nothing', async () => {
    const files = unzipFiles((await createBackup(source, { now: NOW })).zip);
    await target.orders.add({ ...(await source.orders.get(KEY))!, key: 'other|1', orderNo: '1' });
    await refused(new TextEncoder().encode('not a zip'), /无法读取备份/);
    await refused(rezip({ ...files, [BACKUP_PATH]: new TextEncoder().encode('{oops') }), /不是有效的 JSON/);
    const body = json(files);
    const tables = body.tables as { evidence: { sha256: string }[]; orders: unknown[] };
    await refused(withJson(files, { ...body, tables: { ...tables, orders: [{ key: 1 }] } }), /备份内容无效/);
    await refused(withJson(files, { ...body, counts: { ...(body.counts as object), events: 9 } }), /记录数/);
    const blob = `blobs/${tables.evidence[0]!.sha256}`;
    const { [blob]: _gone, ...missing } = files;
    await refused(rezip(missing), /缺少文件/);
    const altered = files[blob]!.slice();
    altered[0] = altered[0]! ^ 1;
    await refused(rezip({ ...files, [blob]: altered }), /内容与其 SHA-256 不符/);
    await refused(rezip({ ...files, 'blobs/extra': new Uint8Array([1]) }), /清单外的文件/);
    // restoring with replace does not get past validation either
    await expect(restoreBackup(rezip(missing), { database: target, replace: true })).rejects.toThrow(
      BackupRefused,
    );
    expect(await target.orders.count()).toBe(1);
  });

  it('refuses foreign files, other versions and backups from a newer schema', async () => {
    const files = unzipFiles((await createBackup(source, { now: NOW })).zip);
    const body = json(files);
    await refused(rezip({ 'manifest.json': files[BACKUP_PATH]! }), /不是卡盾备份/);
    await refused(withJson(files, { ...body, format: 'other-app-backup' }), /不是卡盾备份/);
    await refused(withJson(files, { ...body, version: 2 }), /不支持的备份版本/);
    await refused(withJson(files, { ...body, dbVersion: 99 }), /更新版本/);
  });

  it('restores a backup whose chain is broken but reports the order', async () => {
    const row = (await source.evidence.orderBy('id').first())!;
    await source.evidence.update(row.id!, { url: 'http://elsewhere/' });
    const backup = await createBackup(source, { now: NOW });
    expect((await restoreBackup(backup.zip, { database: target })).brokenChains).toEqual([KEY]);
  });
});
