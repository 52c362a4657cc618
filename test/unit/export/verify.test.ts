import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardShieldDB } from '../../../lib/db';
import { sha256Hex } from '../../../lib/evidence/hash';
import { sealManifest, MANIFEST_PATH, manifestBytes, type Manifest } from '../../../lib/export/manifest';
import { exportOrderPackage } from '../../../lib/export/package';
import { describeResult, verifyPackage, type VerifyResult } from '../../../lib/export/verify';
import { unzipFiles, zipFiles, type Files } from '../../../lib/export/zip';
import { KEY, NOW, seed } from './seed';

let database: CardShieldDB;
let files: Files;
let manifest: Manifest;

beforeAll(async () => {
  database = await seed('export-verify');
  const pkg = await exportOrderPackage(KEY, { database, now: NOW });
  files = unzipFiles(pkg.zip);
  manifest = pkg.manifest;
});
afterAll(() => database.delete());

const rezip = (f: Files) => zipFiles(f, NOW.toISOString());
const flip = (bytes: Uint8Array, at = Math.floor(bytes.length / 2)) => {
  const copy = bytes.slice();
  copy[at] = copy[at]! ^ 0x01;
  return copy;
};
const problemsOf = (r: VerifyResult) =>
  r.status === 'unreadable' ? [] : r.problems.map((p) => [p.path, p.problem]);

describe('verifyPackage', () => {
  it('passes an untouched package', async () => {
    const r = await verifyPackage(rezip(files));
    expect(r).toMatchObject({ status: 'intact', problems: [], records: 3 });
    expect(describeResult(r)).toMatch(/^✓ 订单 KM/);
  });

  it('names the file when any single byte of any file changes', async () => {
    for (const path of Object.keys(files)) {
      const r = await verifyPackage(rezip({ ...files, [path]: flip(files[path]!) }));
      expect(r.status, path).toBe('tampered');
      const named = problemsOf(r).map(([p]) => p);
      expect(named, path).toContain(path);
      expect(describeResult(r)).toContain(path);
    }
  });

  it('names a missing file', async () => {
    const gone = manifest.evidence[1]!.path;
    const { [gone]: _drop, ...rest } = files;
    const r = await verifyPackage(rezip(rest));
    expect(problemsOf(r)).toEqual([[gone, 'missing']]);
    const { ['report.html']: _r, ...noReport } = files;
    expect(problemsOf(await verifyPackage(rezip(noReport)))).toEqual([['report.html', 'missing']]);
  });

  it('names a file added after export', async () => {
    const r = await verifyPackage(rezip({ ...files, 'evidence/99-note-x.txt': new Uint8Array([1]) }));
    expect(problemsOf(r)).toEqual([['evidence/99-note-x.txt', 'unexpected']]);
  });

  it('catches reordered records even when the forger re-seals the manifest digest', async () => {
    const [a, b, c] = manifest.evidence;
    const { manifestSha256: _s, ...body } = manifest;
    const resealed = await sealManifest({ ...body, evidence: [b!, a!, c!] });
    const r = await verifyPackage(rezip({ ...files, [MANIFEST_PATH]: manifestBytes(resealed) }));
    expect(problemsOf(r)).toEqual(
      expect.arrayContaining([
        [b!.path, 'out-of-order'],
        [b!.path, 'chain-broken'],
      ]),
    );
  });

  it('catches an edited manifest: a changed fact, and a hash swapped to match an altered file', async () => {
    const edited = { ...manifest, order: { ...manifest.order, amount: 1 } };
    const r = await verifyPackage(rezip({ ...files, [MANIFEST_PATH]: manifestBytes(edited) }));
    expect(problemsOf(r)).toEqual([[MANIFEST_PATH, 'manifest-edited']]);

    // Alter a screenshot and write its new hash into a re-sealed manifest: the chain no longer links.
    const target = manifest.evidence[0]!;
    const altered = flip(files[target.path]!);
    const { manifestSha256: _s, ...body } = manifest;
    const newSha = await sha256Hex(altered);
    const resealed = await sealManifest({
      ...body,
      evidence: manifest.evidence.map((e) => (e === target ? { ...e, sha256: newSha } : e)),
    });
    const r2 = await verifyPackage(
      rezip({ ...files, [target.path]: altered, [MANIFEST_PATH]: manifestBytes(resealed) }),
    );
    expect(problemsOf(r2)).toEqual([[target.path, 'chain-broken']]);
  });

  it('reports a manifest that no longer validates as tampered, naming manifest.json', async () => {
    const broken = new TextEncoder().encode(
      JSON.stringify({ ...manifest, evidence: [{ ...manifest.evidence[0], seq: 'one' }] }),
    );
    const r = await verifyPackage(rezip({ ...files, [MANIFEST_PATH]: broken }));
    expect(r.status).toBe('tampered');
    expect(problemsOf(r)).toEqual([[MANIFEST_PATH, 'manifest-invalid']]);
  });

  it('calls unreadable input unreadable: not a ZIP, no manifest, a foreign or future format', async () => {
    expect((await verifyPackage(new TextEncoder().encode('hello'))).status).toBe('unreadable');
    const { [MANIFEST_PATH]: _m, ...noManifest } = files;
    expect((await verifyPackage(rezip(noManifest))).status).toBe('unreadable');
    const foreign = new TextEncoder().encode(JSON.stringify({ format: 'something-else', version: 1 }));
    expect((await verifyPackage(rezip({ [MANIFEST_PATH]: foreign }))).status).toBe('unreadable');
    const future = new TextEncoder().encode(JSON.stringify({ ...manifest, version: 2 }));
    expect(await verifyPackage(rezip({ ...files, [MANIFEST_PATH]: future }))).toMatchObject({
      status: 'unreadable',
      message: expect.stringContaining('版本'),
    });
  });
});
