/**
 * Verify an evidence package from its bytes alone: re-hash every file, re-walk the hash chain, re-check the
 * manifest's own digest, and name each altered, missing or unexpected file. Shared by the export page and
 * `npm run verify` (scripts/verify.ts). Pure apart from WebCrypto.
 */
import { CHAIN_GENESIS, chainHash } from '../evidence/chain';
import { cleanupClaims } from '../evidence/cleanup';
import { sha256Hex } from '../evidence/hash';
import { Manifest, MANIFEST_FORMAT, MANIFEST_PATH, MANIFEST_VERSION, manifestDigest } from './manifest';
import { UnreadableArchiveError, unzipFiles, type Files } from './zip';

export type ProblemCode =
  | 'missing'
  | 'altered'
  | 'chain-broken'
  | 'out-of-order'
  | 'unexpected'
  | 'manifest-edited'
  | 'manifest-invalid'
  | 'head-mismatch';

export interface Problem {
  /** The file at fault (package path). */
  path: string;
  problem: ProblemCode;
  seq?: number;
  /** zh-CN, for the buyer. */
  message: string;
}

/** A record whose file a chained clean-up record removed before export (lib/evidence/cleanup.ts): not a problem. */
export interface RemovedFile {
  path: string;
  seq: number;
  /** When the clean-up ran, and the seq of the record that says so. */
  at: string;
  bySeq: number;
}

export type VerifyResult =
  | {
      status: 'intact' | 'tampered';
      problems: Problem[];
      removed: RemovedFile[];
      records: number;
      files: number;
      order: { key: string; site: string; orderNo: string } | null;
      chainHead: string | null;
      createdAt: string | null;
    }
  | { status: 'unreadable'; message: string };

const MESSAGE: Record<ProblemCode, string> = {
  missing: '文件缺失',
  altered: '文件内容与清单中的 SHA-256 不一致（被改动）',
  'chain-broken': '哈希链断开：记录字段或哈希被改动',
  'out-of-order': '记录缺失或顺序被打乱',
  unexpected: '清单中没有这个文件（被加入）',
  'manifest-edited': '清单（manifest.json）在导出后被改动',
  'manifest-invalid': '清单（manifest.json）格式无效',
  'head-mismatch': '订单记录的链头与证据链不一致',
};

const problem = (path: string, code: ProblemCode, seq?: number, detail?: string): Problem => ({
  path,
  problem: code,
  ...(seq === undefined ? {} : { seq }),
  message: `${path}${seq === undefined ? '' : `（第 ${seq} 份证据）`}：${MESSAGE[code]}${detail ? `：${detail}` : ''}`,
});

export async function verifyPackage(zip: Uint8Array): Promise<VerifyResult> {
  let files: Files;
  try {
    files = unzipFiles(zip);
  } catch (err) {
    if (err instanceof UnreadableArchiveError) return { status: 'unreadable', message: err.message };
    throw err;
  }
  const raw = files[MANIFEST_PATH];
  if (!raw) return { status: 'unreadable', message: '这不是卡盾证据包：缺少 manifest.json' };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch {
    json = undefined;
  }
  const obj =
    json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
  if (obj && obj.format !== MANIFEST_FORMAT)
    return {
      status: 'unreadable',
      message: `这不是卡盾证据包（format: ${String(obj.format).slice(0, 60)}）`,
    };
  if (obj && obj.version !== MANIFEST_VERSION)
    return { status: 'unreadable', message: `不支持的证据包版本：${String(obj.version).slice(0, 20)}` };
  return checkManifest(files, obj);
}

async function checkManifest(files: Files, obj: Record<string, unknown> | null): Promise<VerifyResult> {
  const parsed = Manifest.safeParse(obj);
  const fileCount = Object.keys(files).length;
  if (!obj || !parsed.success) {
    const issue = parsed.error?.issues[0];
    const detail = issue ? `${issue.path.join('.')} ${issue.message}` : '不是 JSON 对象';
    return {
      status: 'tampered',
      problems: [problem(MANIFEST_PATH, 'manifest-invalid', undefined, detail)],
      removed: [],
      records: 0,
      files: fileCount,
      order: null,
      chainHead: null,
      createdAt: null,
    };
  }
  const m = parsed.data;
  const problems: Problem[] = [];
  if ((await manifestDigest(obj)) !== m.manifestSha256)
    problems.push(problem(MANIFEST_PATH, 'manifest-edited'));

  const listed = new Set<string>([MANIFEST_PATH]);
  const claims = await cleanupClaims(m.evidence, (rec) => files[rec.path]);
  const removed: RemovedFile[] = [];
  let prev = CHAIN_GENESIS;
  for (const [i, rec] of m.evidence.entries()) {
    listed.add(rec.path);
    if (rec.seq !== i + 1) problems.push(problem(rec.path, 'out-of-order', rec.seq));
    const bytes = files[rec.path];
    const claim = claims.get(rec.seq);
    if (!bytes && claim?.sha256 === rec.sha256)
      removed.push({ path: rec.path, seq: rec.seq, at: claim.at, bySeq: claim.bySeq });
    else if (!bytes) problems.push(problem(rec.path, 'missing', rec.seq));
    else if ((await sha256Hex(bytes)) !== rec.sha256) problems.push(problem(rec.path, 'altered', rec.seq));
    if (rec.prevChainHash !== prev || (await chainHash(rec)) !== rec.chainHash)
      problems.push(problem(rec.path, 'chain-broken', rec.seq));
    prev = rec.chainHash;
  }
  const head = m.evidence.at(-1)?.chainHash ?? CHAIN_GENESIS;
  if (m.chain.count !== m.evidence.length || (m.evidence.length > 0 && m.chain.head !== head))
    problems.push(problem(MANIFEST_PATH, 'head-mismatch', undefined, `清单记录 ${m.chain.count} 份`));

  for (const doc of m.documents) {
    listed.add(doc.path);
    const bytes = files[doc.path];
    if (!bytes) problems.push(problem(doc.path, 'missing'));
    else if ((await sha256Hex(bytes)) !== doc.sha256) problems.push(problem(doc.path, 'altered'));
  }
  for (const path of Object.keys(files)) if (!listed.has(path)) problems.push(problem(path, 'unexpected'));

  return {
    status: problems.length ? 'tampered' : 'intact',
    problems: dedupe(problems),
    removed,
    records: m.evidence.length,
    files: fileCount,
    order: { key: m.order.key, site: m.order.site, orderNo: m.order.orderNo },
    chainHead: m.chain.head,
    createdAt: m.createdAt,
  };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const id = `${p.path}|${p.problem}|${p.seq ?? ''}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** One line per finding, for the CLI and the page. */
export function describeResult(r: VerifyResult): string {
  if (r.status === 'unreadable') return `无法读取：${r.message}`;
  const who = r.order ? `订单 ${r.order.orderNo}（${r.order.site}）` : '证据包';
  const removed = r.removed.map(
    (f) =>
      `  - ${f.path}（第 ${f.seq} 份证据）：文件已于 ${f.at} 按买家要求清理，见第 ${f.bySeq} 份证据（清理记录）`,
  );
  if (r.status === 'intact')
    return [
      `✓ ${who}：证据包完整，${r.records} 份证据、${r.files} 个文件的哈希与清单一致；链头 ${r.chainHead}`,
      ...(removed.length
        ? [`  其中 ${removed.length} 份证据的文件已清理（清理记录在链中）：`, ...removed]
        : []),
    ].join('\n');
  return [
    `✗ ${who}：证据包被改动或不完整（${r.problems.length} 处）`,
    ...r.problems.map((p) => `  - ${p.message}`),
    ...removed,
  ].join('\n');
}
