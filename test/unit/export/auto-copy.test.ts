import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CardShieldDB } from '../../../lib/db';
import { base64ToBytes } from '../../../lib/evidence/hash';
import { verifyPackage } from '../../../lib/export/verify';
import {
  copyCaseToDownloads,
  createCaseCopier,
  downloadPath,
  type DownloadsApi,
} from '../../../lib/service/export';
import { KEY, NOW, ORDER_NO, seed } from './seed';

let database: CardShieldDB;
beforeAll(async () => {
  database = await seed('export-auto-copy');
});
afterAll(() => database.delete());

function fakeArea(prefs?: unknown) {
  const store: Record<string, unknown> = prefs === undefined ? {} : { exportPrefs: prefs };
  return {
    get: async (k: string) => ({ [k]: store[k] }),
    set: async (items: Record<string, unknown>) => void Object.assign(store, items),
  };
}

describe('copy to Downloads', () => {
  it('saves an intact package under CardShield/<site>/<order>/ (on by default), overwriting', async () => {
    const download = vi.fn<DownloadsApi['download']>(async () => 7);
    const r = await copyCaseToDownloads(KEY, {
      downloads: { download },
      area: fakeArea(),
      database,
      now: () => NOW,
    });
    expect(r).toEqual({
      copied: true,
      path: `CardShield/127.0.0.1_8080/${ORDER_NO}/evidence-package.zip`,
      downloadId: 7,
    });
    const call = download.mock.calls[0]![0];
    expect(call).toMatchObject({ filename: r.copied && r.path, conflictAction: 'overwrite', saveAs: false });
    const zip = base64ToBytes(call.url.replace('data:application/zip;base64,', ''));
    expect((await verifyPackage(zip)).status).toBe('intact');
  });

  it('does nothing when turned off, for a closed order, or without the permission', async () => {
    const download = vi.fn<DownloadsApi['download']>(async () => 1);
    const off = await copyCaseToDownloads(KEY, {
      downloads: { download },
      area: fakeArea({ autoCopy: false }),
      database,
    });
    expect(off).toMatchObject({ copied: false });
    await database.orders.update(KEY, { status: 'refunded' });
    expect(
      await copyCaseToDownloads(KEY, { downloads: { download }, area: fakeArea(), database }),
    ).toMatchObject({
      copied: false,
      reason: '订单已结束',
    });
    expect(download).not.toHaveBeenCalled();
    await database.orders.update(KEY, { status: 'awaiting_delivery' });
    expect(await copyCaseToDownloads(KEY, { downloads: null, database, area: fakeArea() })).toMatchObject({
      copied: false,
      reason: expect.stringContaining('权限'),
    });
  });

  it('debounces per order', async () => {
    const download = vi.fn<DownloadsApi['download']>(async () => 1);
    const copier = createCaseCopier({ downloads: { download }, area: fakeArea(), database }, 30);
    copier.schedule(KEY);
    copier.schedule(KEY);
    expect(copier.pending()).toEqual([KEY]);
    await vi.waitFor(() => expect(download).toHaveBeenCalledTimes(1), { timeout: 3000 });
    expect(copier.pending()).toEqual([]);
  });

  it('keeps path segments safe', () => {
    expect(downloadPath({ site: 'a/../b', orderNo: 'x:y*z' })).toBe(
      'CardShield/a_.._b/x_y_z/evidence-package.zip',
    );
  });
});
