/**
 * Backup and restore of the whole database, blobs included, as one ZIP: backup.json (every row of every
 * table) + blobs/<sha256>. Restore validates everything first (zod rows, blob hashes, references, versions)
 * and writes in one transaction, so a malformed or foreign backup is refused and changes nothing.
 */
import type { Table } from 'dexie';
import { z } from 'zod';
import { db, type CardShieldDB } from '../db';
import { verifyChain } from '../evidence/chain';
import { cleanupClaims } from '../evidence/cleanup';
import { sha256Hex } from '../evidence/hash';
import { EventRow } from '../model/event';
import { EvidenceRow } from '../model/evidence';
import { OrderRow } from '../model/order';
import { CaseRow } from '../store/cases';
import { UnreadableArchiveError, unzipFiles, zipFiles, type Files } from './zip';
import { t as msg } from '../i18n/t';

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
    if (err instanceof UnreadableArchiveError) throw new BackupRefused(msg('backup_unreadable', err.message));
    throw err;
  }
  const raw = files[BACKUP_PATH];
  if (!raw) throw new BackupRefused(msg('backup_not_backup'));
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch {
    throw new BackupRefused(msg('backup_bad_json'));
  }
  const head = (json ?? {}) as { format?: unknown; version?: unknown; dbVersion?: unknown };
  if (head.format !== BACKUP_FORMAT) throw new BackupRefused(msg('backup_bad_format'));
  if (head.version !== BACKUP_VERSION)
    throw new BackupRefused(msg('backup_bad_version', String(head.version).slice(0, 20), BACKUP_VERSION));
  if (typeof head.dbVersion === 'number' && head.dbVersion > targetVersion)
    throw new BackupRefused(msg('backup_newer', head.dbVersion));
  const parsed = Backup.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BackupRefused(
      msg('backup_invalid', `${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim()),
    );
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
    throw new BackupRefused(msg('backup_count_mismatch'));

  const blobs = new Map<string, Uint8Array>();
  for (const { sha256, size } of b.blobs) {
    const bytes = files[`blobs/${sha256}`];
    if (!bytes) throw new BackupRefused(msg('backup_missing_file', `blobs/${sha256}`));
    if (bytes.byteLength !== size || (await sha256Hex(bytes)) !== sha256)
      throw new BackupRefused(msg('backup_hash_mismatch', `blobs/${sha256}`));
    blobs.set(sha256, bytes);
  }
  for (const path of Object.keys(files))
    if (path !== BACKUP_PATH && !blobs.has(path.replace(/^blobs\//, '')))
      throw new BackupRefused(msg('backup_extra_file', path));

  const keys = new Set(t.orders.map((o) => o.key));
  if (keys.size !== t.orders.length) throw new BackupRefused(msg('backup_dup_orders'));
  const unique = (ids: number[], what: string) => {
    if (new Set(ids).size !== ids.length) throw new BackupRefused(msg('backup_dup_ids', what));
  };
  unique(
    t.evidence.map((e) => e.id),
    msg('backup_what_evidence'),
  );
  unique(
    t.events.map((e) => e.id),
    msg('backup_what_events'),
  );
  const removed = await removedByCleanup(t.evidence, blobs);
  const seqs = new Set<string>();
  for (const e of t.evidence) {
    if (!keys.has(e.orderKey)) throw new BackupRefused(msg('backup_orphan', e.id));
    if (!blobs.has(e.sha256) && !removed.has(`${e.orderKey}|${e.seq}`))
      throw new BackupRefused(msg('backup_blob_missing', e.id));
    const id = `${e.orderKey}|${e.seq}`;
    if (seqs.has(id)) throw new BackupRefused(msg('backup_dup_seq', e.orderKey, e.seq));
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

/** `orderKey|seq` of records whose file an intact, chained clean-up note removed (lib/evidence/cleanup.ts). */
async function removedByCleanup(
  rows: readonly EvidenceRow[],
  blobs: ReadonlyMap<string, Uint8Array>,
): Promise<Set<string>> {
  const out = new Set<string>();
  for (const key of new Set(rows.map((r) => r.orderKey))) {
    const mine = rows.filter((r) => r.orderKey === key);
    const claims = await cleanupClaims(mine, (r) => blobs.get(r.sha256));
    for (const [seq, claim] of claims)
      if (mine.some((r) => r.seq === seq && r.sha256 === claim.sha256)) out.add(`${key}|${seq}`);
  }
  return out;
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
  if (t.cases.length && !withCases) throw new BackupRefused(msg('backup_no_cases_table'));
  const tables: Table[] = [database.orders, database.evidence, database.blobs, database.events];
  if (withCases) tables.push(database.table('cases'));
  await database.transaction('rw', tables, async () => {
    const existing = (await database.orders.count()) + (await database.evidence.count());
    if (existing && !opts.replace) throw new BackupRefused(msg('backup_not_empty'));
    for (const table of tables) await table.clear();
    await database.orders.bulkAdd(t.orders);
    await database.blobs.bulkAdd([...blobs].map(([sha256, bytes]) => ({ sha256, bytes })));
    await database.evidence.bulkAdd(t.evidence);
    await database.events.bulkAdd(t.events);
    if (withCases && t.cases.length) await database.table('cases').bulkAdd(t.cases);
  });
  return { counts: backup.counts, brokenChains };
}
