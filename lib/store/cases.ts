import { z } from 'zod';
import { db, type CardShieldDB } from '../db';
import { CaseState } from '../eligibility/case-model';
import { CaseAnswers } from '../messaging';
import { t } from '../i18n/t';

const isoTime = z.iso.datetime({ offset: true });

/**
 * The buyer's refund case for one order (issue #6), created on first use: the answers to the plain questions
 * (facts the extension cannot see) and the five-step state machine of lib/eligibility/case.ts. Written only by
 * the background (lib/service/case.ts); the popup reads it live.
 */
export const CaseRow = z.object({
  orderKey: z.string().min(1).max(200),
  createdAt: isoTime,
  updatedAt: isoTime,
  answers: CaseAnswers.default({}),
  /** null until the first step is recorded (answers alone open no case). */
  state: CaseState.nullable().default(null),
  /** Ids of `form-submitted` timeline events already reflected in the state (each is applied once). */
  synced: z.array(z.number().int()).max(1000).default([]),
});
export type CaseRow = z.infer<typeof CaseRow>;

/** A stored case row that no longer validates: never silently replaced, the buyer is told. */
export class CaseCorruptError extends Error {
  override name = 'CaseCorruptError';
  constructor(orderKey: string, detail: string) {
    super(t('err_case_corrupt', orderKey, detail));
  }
}

export async function getCase(orderKey: string, database: CardShieldDB = db): Promise<CaseRow | undefined> {
  const raw = await database.cases.get(orderKey);
  if (raw === undefined) return undefined;
  const parsed = CaseRow.safeParse(raw);
  if (!parsed.success) throw new CaseCorruptError(orderKey, parsed.error.issues[0]?.message ?? '');
  return parsed.data;
}

export async function putCase(row: CaseRow, database: CardShieldDB = db): Promise<void> {
  await database.cases.put(CaseRow.parse(row));
}

/** A new, empty case record (no answers, no step yet). */
export function newCase(orderKey: string, at: string): CaseRow {
  return { orderKey, createdAt: at, updatedAt: at, answers: {}, state: null, synced: [] };
}
