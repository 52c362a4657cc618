/**
 * Backup and restore of the whole database, blobs included, as one ZIP: backup.json (every row of every
 * table) + blobs/<sha256>. Restore validates everything first (zod rows, blob hashes, references, versions)
 * and writes in one transaction, so a malformed or foreign backup is refused and changes nothing.
 */
import type { Table } from 'dexie';
import { z } from 'zod';
import { db, type CardShieldDB } from '../db';
import { verifyChain } from '../evidence/chain';
import { sha256Hex } from '../evidence/hash';
import { EventRow } from '../model/event';
import { EvidenceRow } from '../model/evidence';
import { OrderRow } from '../model/order';
import { CaseRow } from '../store/cases';
import { UnreadableArchiveError, unzipFiles, zipFiles, type Files } from './zip';

export const BACKUP_FORMAT = 'cardshield-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_PATH = 'backup.json';
const sha = z.string().regex(/^[0-9a-f]{64}$/);

const Counts = z.object({
  orders: z.number().int().nonnegative(),
  evidence: z.number().int().nonnegative(),
  events: z.number().int().nonnegative(),
  cases: z.number().int().nonnegative(),
  blobs: z.number().int().nonnegative(),
});
export type BackupCounts = z.infer<typeof Counts>;

export const Backup = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.iso.datetime({ offset: true }),
  generator: z.object({ name: z.string(), version: z.string() }),
  /** The Dexie schema version the rows come from. */
  dbVersion: z.number().int().positive(),
  counts: Counts,
  tables: z.strictObject({
    orders: z.array(OrderRow),
    evidence: z.array(EvidenceRow.extend({ id: z.number().int().positive() })),
    events: z.array(EventRow.extend({ id: z.number().int().positive() })),
    cases: z.array(CaseRow).default([]),
  }),
  blobs: z.array(z.object({ sha256: sha, size: z.number().int().nonnegative() })),
});
export type Backup = z.infer<typeof Backup>;

export class BackupRefused extends Error {
  override name = 'BackupRefused';
}

const has = (database: CardShieldDB, name: string) => database.tables.some((t) => t.name === name);

export interface BackupResult {
  fileName: string;
  zip: Uint8Array;
  counts: BackupCounts;
  /** Blobs whose bytes no longer match their SHA-256 (kept as they are; restore will refuse them). */
  corruptBlobs: string[];
}

export async function createBackup(
  database: CardShieldDB = db,
  opts: { now?: Date; generatorVersion?: string } = {},
): Promise<BackupResult> {
  const now = (opts.now ?? new Date()).toISOString();
  const files: Files = {};
  const blobs: { sha256: string; size: number }[] = [];
  const corruptBlobs: string[] = [];
  const tables = await database.transaction('r', database.tables, async () => ({
    orders: await database.orders.toArray(),
    evidence: await database.evidence.orderBy('id').toArray(),
    events: has(database, 'events') ? await database.events.orderBy('id').toArray() : [],
    cases: has(database, 'cases') ? await database.table('cases').toArray() : [],
    blobs: await database.blobs.toArray(),
  }));
  for (const row of tables.blobs) {
    files[`blobs/${row.sha256}`] = row.bytes;
    blobs.push({ sha256: row.sha256, size: row.bytes.byteLength });
    if ((await sha256Hex(row.bytes)) !== row.sha256) corruptBlobs.push(row.sha256);
  }
  const counts = {
    orders: tables.orders.length,
    evidence: tables.evidence.length,
    events: tables.events.length,
    cases: tables.cases.length,
    blobs: blobs.length,
  };
  const body = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now,
    generator: { name: 'CardShield 卡盾', version: opts.generatorVersion ?? '0.1.0' },
    dbVersion: database.verno,
    counts,
    tables: { orders: tables.orders, evidence: tables.evidence, events: tables.events, cases: tables.cases },
    blobs,
  };
  const json = new TextEncoder().encode(JSON.stringify(body));
  const stamp = now.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return {
    fileName: `cardshield-backup-${stamp}.zip`,
    zip: zipFiles({ [BACKUP_PATH]: json, ...files }, now),
    counts,
    corruptBlobs,
  };
}

export interface ParsedBackup {
  backup: Backup;
  blobs: Map<string, Uint8Array>;
  /** Orders whose hash chain does not verify in the backup (restored as they are, reported). */
  brokenChains: string[];
}

/** Everything a restore checks, before any write. Throws BackupRefused with a zh-CN message. */
export async function parseBackup(zip: Uint8Array, targetVersion = db.verno): Promise<ParsedBackup> {
  let files: Files;
  try {
    files = unzipFiles(zip);
  } catch (err) {
    if (err instanceof UnreadableArchiveError) throw new BackupRefused(`无法读取备份：${err.message}`);
    throw err;
  }
  const raw = files[BACKUP_PATH];
  if (!raw) throw new BackupRefused('这不是卡盾备份文件：缺少 backup.json（证据包请在“核验证据包”中导入）');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch {
    throw new BackupRefused('备份已损坏：backup.json 不是有效的 JSON');
  }
  const head = (json ?? {}) as { format?: unknown; version?: unknown; dbVersion?: unknown };
  if (head.format !== BACKUP_FORMAT) throw new BackupRefused('这不是卡盾备份文件（格式标识不符）');
  if (head.version !== BACKUP_VERSION)
    throw new BackupRefused(
      `不支持的备份版本：${String(head.version).slice(0, 20)}（本版本支持 ${BACKUP_VERSION}）`,
    );
  if (typeof head.dbVersion === 'number' && head.dbVersion > targetVersion)
    throw new BackupRefused(`备份来自更新版本的卡盾（数据库版本 ${head.dbVersion}），请先升级扩展`);
  const parsed = Backup.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BackupRefused(`备份内容无效：${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  const b = parsed.data;
  const c = b.counts;
  const t = b.tables;
  if (
    c.orders !== t.orders.length ||
    c.evidence !== t.evidence.length ||
    c.events !== t.events.length ||
    c.cases !== t.cases.length ||
    c.blobs !== b.blobs.length
  )
    throw new BackupRefused('备份不完整：记录数与备份清单不符');

  const blobs = new Map<string, Uint8Array>();
  for (const { sha256, size } of b.blobs) {
    const bytes = files[`blobs/${sha256}`];
    if (!bytes) throw new BackupRefused(`备份不完整：缺少文件 blobs/${sha256}`);
    if (bytes.byteLength !== size || (await sha256Hex(bytes)) !== sha256)
      throw new BackupRefused(`备份已损坏：文件 blobs/${sha256} 的内容与其 SHA-256 不符`);
    blobs.set(sha256, bytes);
  }
  for (const path of Object.keys(files))
    if (path !== BACKUP_PATH && !blobs.has(path.replace(/^blobs\//, '')))
      throw new BackupRefused(`备份中有清单外的文件：${path}`);

  const keys = new Set(t.orders.map((o) => o.key));
  if (keys.size !== t.orders.length) throw new BackupRefused('备份无效：订单重复');
  const unique = (ids: number[], what: string) => {
    if (new Set(ids).size !== ids.length) throw new BackupRefused(`备份无效：${what}编号重复`);
  };
  unique(
    t.evidence.map((e) => e.id),
    '证据',
  );
  unique(
    t.events.map((e) => e.id),
    '时间线事件',
  );
  const seqs = new Set<string>();
  for (const e of t.evidence) {
    if (!keys.has(e.orderKey)) throw new BackupRefused(`备份无效：证据 #${e.id} 属于不存在的订单`);
    if (!blobs.has(e.sha256)) throw new BackupRefused(`备份不完整：证据 #${e.id} 的文件缺失`);
    const id = `${e.orderKey}|${e.seq}`;
    if (seqs.has(id)) throw new BackupRefused(`备份无效：订单 ${e.orderKey} 的第 ${e.seq} 份证据重复`);
    seqs.add(id);
  }

  const brokenChains: string[] = [];
  for (const o of t.orders) {
    const rows = t.evidence.filter((e) => e.orderKey === o.key).sort((a, b2) => a.seq - b2.seq);
    const v = await verifyChain(rows, async (s) => blobs.get(s));
    const head2 = rows.at(-1)?.chainHash ?? null;
    if (!v.ok || (rows.length && (o.lastChainHash !== head2 || o.evidenceCount !== rows.length)))
      brokenChains.push(o.key);
  }
  return { backup: b, blobs, brokenChains };
}

export interface RestoreResult {
  counts: BackupCounts;
  brokenChains: string[];
}

/**
 * Restore a backup: validated in full first, then one rw transaction. Into a database that already holds
 * data only with `replace: true` (everything there is cleared first, in the same transaction).
 */
export async function restoreBackup(
  zip: Uint8Array,
  opts: { database?: CardShieldDB; replace?: boolean } = {},
): Promise<RestoreResult> {
  const database = opts.database ?? db;
  const { backup, blobs, brokenChains } = await parseBackup(zip, database.verno);
  const t = backup.tables;
  const withCases = has(database, 'cases');
  if (t.cases.length && !withCases)
    throw new BackupRefused('这个版本的卡盾没有维权记录表，无法恢复备份中的维权记录');
  const tables: Table[] = [database.orders, database.evidence, database.blobs, database.events];
  if (withCases) tables.push(database.table('cases'));
  await database.transaction('rw', tables, async () => {
    const existing = (await database.orders.count()) + (await database.evidence.count());
    if (existing && !opts.replace)
      throw new BackupRefused('当前数据库中已有数据：恢复会替换全部现有数据，请确认“替换现有数据”后再试');
    for (const table of tables) await table.clear();
    await database.orders.bulkAdd(t.orders);
    await database.blobs.bulkAdd([...blobs].map(([sha256, bytes]) => ({ sha256, bytes })));
    await database.evidence.bulkAdd(t.evidence);
    await database.events.bulkAdd(t.events);
    if (withCases && t.cases.length) await database.table('cases').bulkAdd(t.cases);
  });
  return { counts: backup.counts, brokenChains };
}
