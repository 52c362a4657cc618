// The evidence package of a cleaned-up order verifies as intact, naming the removed files; the verifier still
// catches a file deleted after export or a clean-up record edited after export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardShieldDB } from '../../../lib/db';
import { MANIFEST_PATH, manifestBytes, sealManifest, type Manifest } from '../../../lib/export/manifest';
import { sha256Hex } from '../../../lib/evidence/hash';
import { exportOrderPackage } from '../../../lib/export/package';
import { describeResult, verifyPackage, type VerifyResult } from '../../../lib/export/verify';
import { unzipFiles, zipFiles, type Files } from '../../../lib/export/zip';
import { cleanupOrder } from '../../../lib/service/cleanup';
import { KEY, NOW, seed } from '../export/seed';

let database: CardShieldDB;
let files: Files;
let manifest: Manifest;
const AT = new Date('2026-12-30T00:00:00.000Z');

beforeAll(async () => {
  database = await seed('cleanup-export');
  await cleanupOrder(KEY, { now: AT, database });
  const pkg = await exportOrderPackage(KEY, { database, now: NOW });
  files = unzipFiles(pkg.zip);
  manifest = pkg.manifest;
});
afterAll(() => database.delete());

const rezip = (f: Files) => zipFiles(f, NOW.toISOString());
const problemsOf = (r: VerifyResult) =>
  r.status === 'unreadable' ? [] : r.problems.map((p) => [p.path, p.problem]);

describe('packages of cleaned-up orders', () => {
  it('are intact and list the removed files with the clean-up time', async () => {
    const shots = manifest.evidence.filter((e) => e.mime === 'image/png');
    expect(shots.map((e) => e.seq)).toEqual([1, 3]);
    for (const s of shots) expect(files[s.path]).toBeUndefined();
    const r = await verifyPackage(rezip(files));
    expect(r).toMatchObject({
      status: 'intact',
      problems: [],
      records: 4,
      removed: shots.map((s) => ({ path: s.path, seq: s.seq, at: AT.toISOString(), bySeq: 4 })),
    });
    const text = describeResult(r);
    expect(text).toMatch(/^✓ /);
    expect(text).toContain(`${shots[0]!.path}（第 1 份证据）：文件已于 ${AT.toISOString()} 按买家要求清理`);
  });

  it('still name a file deleted after export', async () => {
    const chat = manifest.evidence.find((e) => e.kind === 'chat')!;
    const { [chat.path]: _gone, ...rest } = files;
    expect(problemsOf(await verifyPackage(rezip(rest)))).toEqual([[chat.path, 'missing']]);
  });

  it('fail when the clean-up record was edited (even with a re-sealed manifest)', async () => {
    const note = manifest.evidence.find((e) => e.meta.cleanup === true)!;
    const edited = new TextEncoder().encode(
      new TextDecoder().decode(files[note.path]).replace('"seq": 3', '"seq": 2'),
    );
    const r = await verifyPackage(rezip({ ...files, [note.path]: edited }));
    expect(r.status).toBe('tampered');
    expect(problemsOf(r)).toEqual(
      expect.arrayContaining([
        [note.path, 'altered'],
        [manifest.evidence[0]!.path, 'missing'],
      ]),
    );

    // Recomputing the note's hash in a re-sealed manifest does not help: the chain link breaks.
    const { manifestSha256: _s, ...body } = manifest;
    const sha = await sha256Hex(edited);
    const forged = await sealManifest({
      ...body,
      evidence: body.evidence.map((e) => (e.path === note.path ? { ...e, sha256: sha } : e)),
    });
    const r2 = await verifyPackage(
      rezip({ ...files, [note.path]: edited, [MANIFEST_PATH]: manifestBytes(forged) }),
    );
    expect(r2.status).toBe('tampered');
    expect(problemsOf(r2)).toEqual(expect.arrayContaining([[note.path, 'chain-broken']]));
  });
});
