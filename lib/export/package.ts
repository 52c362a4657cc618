/**
 * The per-order evidence package: evidence files + manifest.json + report.html + the two letters, as a ZIP.
 * `buildPackage` is pure given the bundle; `exportOrderPackage` reads the database (extension pages, the
 * background, Node tests with fake-indexeddb).
 */
import { complaintLetter, platformLetter, type ComplaintPartiesInput } from '../compose';
import { CHAIN_GENESIS } from '../evidence/chain';
import { sha256Hex } from '../evidence/hash';
import { resolvePromise } from '../deadlines/resolve';
import type { CardShieldDB } from '../db';
import type { OrderRow } from '../model/order';
import type { Settings } from '../settings';
import { loadBundle, type OrderBundle } from './collect';
import {
  CHAIN_FORMULA,
  MANIFEST_FORMAT,
  MANIFEST_PATH,
  MANIFEST_VERSION,
  manifestBytes,
  sealManifest,
  type DocumentRole,
  type Manifest,
  type ManifestBody,
  type ManifestDeadline,
  type ManifestEvidence,
  type ManifestVerdict,
} from './manifest';
import {
  COMPLAINT_LETTER_PATH,
  evidencePath,
  packageFileName,
  PLATFORM_LETTER_PATH,
  REPORT_PATH,
} from './names';
import { buildReportHtml } from './report';
import { zipFiles, type Files } from './zip';

export interface Letters {
  platform: string;
  complaint: string;
}

export interface PackageOptions {
  database?: CardShieldDB;
  now?: Date;
  settings?: Settings;
  /** The buyer's edited letters (the export page's textareas); composed from the case when absent. */
  letters?: Partial<Letters>;
  parties?: ComplaintPartiesInput;
  generatorVersion?: string;
}

export interface OrderPackage {
  fileName: string;
  zip: Uint8Array;
  manifest: Manifest;
  files: Files;
  letters: Letters;
  reportHtml: string;
  /** Records whose bytes are not in the database (the package lists them; verification reports them missing). */
  missing: number[];
}

function version(opts: PackageOptions): string {
  if (opts.generatorVersion) return opts.generatorVersion;
  try {
    return (globalThis as { chrome?: typeof chrome }).chrome?.runtime?.getManifest?.().version ?? '0.1.0';
  } catch {
    return '0.1.0';
  }
}

function deadlineOf(order: OrderRow, settings: Settings): ManifestDeadline {
  const p = resolvePromise(order, settings);
  const start = Date.parse(order.paidAt ?? order.firstSeenAt);
  return {
    promiseMinutes: p.minutes,
    promiseSource: p.source,
    promiseText: p.text,
    dueAt: Number.isFinite(start) ? new Date(start + p.minutes * 60_000).toISOString() : null,
    breachedAt: order.breachedAt,
  };
}

function verdictOf(b: OrderBundle): ManifestVerdict {
  const a = b.view.assessment;
  const decisive = a.rules.find((r) => r.decisive) ?? null;
  const cite = (c: { ref: string; zh: string; en: string }) => ({ ref: c.ref, zh: c.zh, en: c.en });
  return {
    assessedAt: b.now.toISOString(),
    verdict: a.verdict,
    decisive: a.decisive,
    reasonZh: decisive?.reasonZh ?? null,
    basis: (decisive?.basis ?? []).map(cite),
    fired: a.rules
      .filter((r) => r.fired)
      .map((r) => ({ id: r.id, reasonZh: r.reasonZh, basis: r.basis.map(cite) })),
    nextStep: { id: b.view.nextStep.id, nameZh: b.view.nextStep.nameZh, deadline: b.view.nextStep.deadline },
    evidence: a.evidence.map((e) => ({ code: e.code, labelZh: e.labelZh, present: e.present })),
  };
}

/** The letters as composed from the case (the export page shows them for editing). */
export function composeLetters(
  b: OrderBundle,
  parties: ComplaintPartiesInput = {},
  paths: string[] = [],
): Letters {
  const o = b.order;
  return {
    platform: platformLetter(b.facts, {
      platform: o.platform ?? o.site,
      interventionOpensAt: b.view.interventionAt,
      chainHead: o.lastChainHash,
    }),
    complaint: complaintLetter(
      b.facts,
      {
        ...parties,
        respondent: { siteName: o.title || o.site, url: o.url, platform: o.platform, ...parties.respondent },
        payMethod: parties.payMethod ?? o.payMethod,
        quantity: parties.quantity ?? o.quantity,
      },
      paths,
    ),
  };
}

export async function buildPackage(b: OrderBundle, opts: PackageOptions = {}): Promise<OrderPackage> {
  const rows = b.data.evidence;
  const files: Files = {};
  const evidence: ManifestEvidence[] = [];
  const missing: number[] = [];
  for (const r of rows) {
    const path = evidencePath(r, rows.length);
    const bytes = await b.bytesOf(r.sha256);
    if (bytes) files[path] = bytes;
    else missing.push(r.seq);
    const { id: _id, orderKey: _key, ...fields } = r;
    evidence.push({ path, ...fields });
  }
  const composed = composeLetters(
    b,
    opts.parties,
    evidence.map((e) => e.path),
  );
  const letters: Letters = {
    platform: opts.letters?.platform ?? composed.platform,
    complaint: opts.letters?.complaint ?? composed.complaint,
  };
  const createdAt = b.now.toISOString();
  const body: ManifestBody = {
    format: MANIFEST_FORMAT,
    version: MANIFEST_VERSION,
    createdAt,
    generator: { name: 'CardShield 卡盾', version: version(opts) },
    order: b.order,
    deadline: deadlineOf(b.order, b.settings),
    timeline: b.data.events.map((e) => ({ at: e.at, type: e.type, data: e.data })),
    verdict: verdictOf(b),
    chain: {
      formula: CHAIN_FORMULA,
      genesis: CHAIN_GENESIS,
      count: evidence.length,
      head: evidence.at(-1)?.chainHash ?? CHAIN_GENESIS,
    },
    evidence,
    documents: [],
  };
  const reportHtml = buildReportHtml({
    manifest: body,
    chat: b.data.chat,
    letters,
    textOf: (path) => {
      const bytes = files[path];
      return bytes ? new TextDecoder().decode(bytes) : undefined;
    },
  });
  const enc = new TextEncoder();
  const docs: [string, DocumentRole, string, string][] = [
    [REPORT_PATH, 'report', 'text/html; charset=utf-8', reportHtml],
    [PLATFORM_LETTER_PATH, 'platform-letter', 'text/plain; charset=utf-8', letters.platform],
    [COMPLAINT_LETTER_PATH, 'complaint-letter', 'text/plain; charset=utf-8', letters.complaint],
  ];
  for (const [path, role, mime, text] of docs) {
    const bytes = enc.encode(text);
    files[path] = bytes;
    body.documents.push({ path, role, mime, size: bytes.byteLength, sha256: await sha256Hex(bytes) });
  }
  const manifest = await sealManifest(body);
  const ordered: Files = { [MANIFEST_PATH]: manifestBytes(manifest), ...files };
  return {
    fileName: packageFileName(b.order.site, b.order.orderNo, createdAt),
    zip: zipFiles(ordered, createdAt),
    manifest,
    files: ordered,
    letters,
    reportHtml,
    missing,
  };
}

/** One order's package, read from the database: what the export page, the background copy and the demo use. */
export async function exportOrderPackage(orderKey: string, opts: PackageOptions = {}): Promise<OrderPackage> {
  return buildPackage(await loadBundle(orderKey, opts), opts);
}
