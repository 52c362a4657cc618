/**
 * Evidence must outlive the extension: a copy of each open case's package in the Downloads folder,
 * `CardShield/<site>/<order>/evidence-package.zip`, refreshed when the case changes (debounced). Needs the
 * `downloads` permission; without it every call is a no-op that says so. On by default (exportPrefs.autoCopy).
 */
import { z } from 'zod';
import { db, type CardShieldDB } from '../db';
import { bytesToBase64 } from '../evidence/hash';
import { exportOrderPackage } from '../export/package';
import { safeSegment } from '../export/names';
import type { OrderRow } from '../model/order';
import { getOrder } from '../store/orders';
import { t } from '../i18n/t';

export const ExportPrefs = z.object({
  /** Copy each open case's package to Downloads/CardShield/… when it changes. */
  autoCopy: z.boolean().default(true),
});
export type ExportPrefs = z.infer<typeof ExportPrefs>;
const PREFS_KEY = 'exportPrefs';

interface Area {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const localArea = (): Area | undefined => (globalThis as { chrome?: typeof chrome }).chrome?.storage?.local;

export async function loadExportPrefs(area: Area | undefined = localArea()): Promise<ExportPrefs> {
  const raw = area ? (await area.get(PREFS_KEY))[PREFS_KEY] : undefined;
  const parsed = ExportPrefs.safeParse(raw ?? {});
  return parsed.success ? parsed.data : ExportPrefs.parse({});
}

export async function saveExportPrefs(
  prefs: ExportPrefs,
  area: Area | undefined = localArea(),
): Promise<void> {
  await area?.set({ [PREFS_KEY]: ExportPrefs.parse(prefs) });
}

const CLOSED: ReadonlySet<OrderRow['status']> = new Set(['refunded', 'closed', 'unpaid']);

/** An open case: the order is neither settled nor abandoned, and its case (if any) is not done. */
export function isOpenCase(order: OrderRow, caseDone = false): boolean {
  return !CLOSED.has(order.status) && !caseDone;
}

/** Relative to the Downloads folder; the same file is overwritten on each refresh (the chain only grows). */
export function downloadPath(order: Pick<OrderRow, 'site' | 'orderNo'>): string {
  return `CardShield/${safeSegment(order.site)}/${safeSegment(order.orderNo)}/evidence-package.zip`;
}

export interface DownloadsApi {
  download(options: {
    url: string;
    filename: string;
    conflictAction?: 'overwrite' | 'uniquify';
    saveAs?: boolean;
  }): Promise<number>;
}

export interface CopyDeps {
  /** Default: chrome.downloads (absent without the permission); null = none. */
  downloads?: DownloadsApi | null;
  area?: Area;
  database?: CardShieldDB;
  now?: () => Date;
}

export type CopyResult =
  { copied: true; path: string; downloadId: number } | { copied: false; reason: string };

const defaultDownloads = (): DownloadsApi | undefined =>
  (globalThis as { chrome?: typeof chrome }).chrome?.downloads as DownloadsApi | undefined;

/** Build the order's package and save it under Downloads/CardShield/…; `force` ignores the prefs and case state. */
export async function copyCaseToDownloads(
  orderKey: string,
  deps: CopyDeps = {},
  force = false,
): Promise<CopyResult> {
  const downloads = deps.downloads === undefined ? defaultDownloads() : deps.downloads;
  if (!downloads) return { copied: false, reason: t('bg_no_downloads') };
  const database = deps.database ?? db;
  const order = await getOrder(orderKey, database);
  if (!order) return { copied: false, reason: t('bg_order_not_found') };
  if (!force) {
    if (!(await loadExportPrefs(deps.area ?? localArea())).autoCopy)
      return { copied: false, reason: t('bg_autocopy_off') };
    const caseRow = database.tables.some((t) => t.name === 'cases')
      ? ((await database
          .table('cases')
          .get(orderKey)
          .catch(() => undefined)) as { state?: { step?: string } } | undefined)
      : undefined;
    if (!isOpenCase(order, caseRow?.state?.step === 'done'))
      return { copied: false, reason: t('bg_order_closed') };
  }
  const pkg = await exportOrderPackage(orderKey, { database, now: deps.now?.() });
  const path = downloadPath(order);
  // The service worker has no URL.createObjectURL: a data: URL carries the bytes.
  const downloadId = await downloads.download({
    url: `data:application/zip;base64,${bytesToBase64(pkg.zip)}`,
    filename: path,
    conflictAction: 'overwrite',
    saveAs: false,
  });
  return { copied: true, path, downloadId };
}

/**
 * Background wiring: call `schedule(orderKey)` whenever an order's evidence, timeline or case changes; the copy
 * runs once per order after `delayMs` of quiet. Errors are reported to `onError`, never thrown at the caller.
 */
export function createCaseCopier(
  deps: CopyDeps = {},
  delayMs = 10_000,
  onError: (e: unknown) => void = console.warn,
) {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  return {
    schedule(orderKey: string): void {
      clearTimeout(timers.get(orderKey));
      timers.set(
        orderKey,
        setTimeout(() => {
          timers.delete(orderKey);
          copyCaseToDownloads(orderKey, deps).catch(onError);
        }, delayMs),
      );
    },
    pending: () => [...timers.keys()],
  };
}
