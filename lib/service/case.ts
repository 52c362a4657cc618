/**
 * The buyer's refund case in the background (issue #6): popup messages → lib/eligibility `transition` → the
 * `cases` table and a `case-step` timeline event, in one transaction. The popup only reads the table.
 */
import { db, type CardShieldDB } from '../db';
import { CaseEvent, Facts, openCase, STEP_NAME, transition, type CaseState } from '../eligibility';
import type { CaseEventType } from '../eligibility/case-model';
import type { Windows } from '../eligibility';
import type { CaseAnswers, CaseReply } from '../messaging';
import { pick, t } from '../i18n/t';
import type { MessageKey } from '../i18n/catalog';
import type { EventRow, NewEvent } from '../model/event';
import type { Settings } from '../settings';
import { getCase, newCase, putCase, type CaseRow } from '../store/cases';
import { addEvent, listEvents } from '../store/events';
import { getOrder } from '../store/orders';
import { loadCaseData } from './case-data';
import { caseView } from './case-view';

export interface CaseDeps {
  settings: () => Promise<Settings>;
  now?: () => Date;
}

const EVENT_LABEL: Record<CaseEventType, MessageKey> = {
  MESSAGE_SENT: 'bg_event_MESSAGE_SENT',
  MERCHANT_AGREED: 'bg_event_MERCHANT_AGREED',
  MERCHANT_REFUSED: 'bg_event_MERCHANT_REFUSED',
  REFUND_REQUESTED: 'bg_event_REFUND_REQUESTED',
  INTERVENTION_REQUESTED: 'bg_event_INTERVENTION_REQUESTED',
  PLATFORM_REJECTED: 'bg_event_PLATFORM_REJECTED',
  REFUND_ISSUED: 'bg_event_REFUND_ISSUED',
  ARRIVED: 'bg_event_ARRIVED',
  ABANDONED: 'bg_event_ABANDONED',
};
/** A form on an appeal / complaint page asks the platform to intervene; any other is the refund request. */
const APPEAL_URL = /appeal|complain|arbitrat|interven|jieru|tousu|shensu|介入|投诉|申诉/i;
const FUTURE_SLACK_MS = 5 * 60_000;

interface Ctx {
  orderAmount: number | null;
  claimDeadline: string | null;
  windows: Windows;
  now: Date;
}
type Logged = { type: CaseEventType; at: string; auto: boolean; extra?: NewEvent['data'] };

async function context(
  orderKey: string,
  deps: CaseDeps,
  database: CardShieldDB,
  answers?: CaseAnswers,
): Promise<Ctx | undefined> {
  const order = await getOrder(orderKey, database);
  if (!order) return undefined;
  const now = deps.now?.() ?? new Date();
  const data = await loadCaseData(orderKey, database);
  const row = answers ? { ...(data.row ?? newCase(orderKey, now.toISOString())), answers } : data.row;
  const view = caseView(order, { ...data, row }, await deps.settings(), now);
  return {
    orderAmount: order.amount,
    claimDeadline: view.assessment.timing.claimDeadline,
    windows: view.windows,
    now,
  };
}

/** Forms CardShield saw submitted (form-submitted events) not yet in the case: applied once each, in order. */
function applySubmissions(row: CaseRow, events: EventRow[], ctx: Ctx): { row: CaseRow; logged: Logged[] } {
  const logged: Logged[] = [];
  let { state } = row;
  const synced = [...row.synced];
  for (const e of events) {
    if (e.type !== 'form-submitted' || e.id === undefined || synced.includes(e.id)) continue;
    synced.push(e.id);
    const type = APPEAL_URL.test(String(e.data.url ?? '')) ? 'INTERVENTION_REQUESTED' : 'REFUND_REQUESTED';
    const base =
      state ?? openCase({ at: e.at, orderAmount: ctx.orderAmount, claimDeadline: ctx.claimDeadline });
    // A step recorded by hand after the form was sent: keep the order of the history (later, never earlier).
    const last = base.history.at(-1)?.at;
    const at = last && Date.parse(last) > Date.parse(e.at) ? last : e.at;
    const r = transition(base, { type, at }, ctx.windows);
    if (r.error) continue; // e.g. a second form, or an appeal before the merchant's window ran out
    state = r.state;
    logged.push({ type, at, auto: true, extra: { url: String(e.data.url ?? '') } });
  }
  return { row: { ...row, state, synced }, logged };
}

async function save(row: CaseRow, logged: Logged[], now: Date, database: CardShieldDB) {
  await putCase({ ...row, updatedAt: now.toISOString() }, database);
  for (const l of logged)
    await addEvent(
      {
        orderKey: row.orderKey,
        at: l.at,
        type: 'case-step',
        data: { event: l.type, step: row.state?.step ?? null, auto: l.auto, ...l.extra },
      },
      database,
    );
}

const missing = (): CaseReply => ({ ok: false, error: t('bg_order_not_found') });

/** The engine's error in the UI's language; "this step cannot…" names the step and the event. */
function explain(error: { zh: string; en: string }, type: CaseEventType, state: CaseState): string {
  if (error.zh.startsWith('当前步骤不能执行'))
    return t('bg_case_wrong_step', pick(STEP_NAME[state.step]), t(EVENT_LABEL[type]));
  return pick(error);
}

/** One step of the case, from the popup: applied after any form submissions not yet reflected. */
export async function applyCaseEvent(
  orderKey: string,
  input: CaseEvent,
  deps: CaseDeps,
  database: CardShieldDB = db,
): Promise<CaseReply> {
  const ctx = await context(orderKey, deps, database);
  if (!ctx) return missing();
  const event = CaseEvent.parse(input);
  if (Date.parse(event.at) > ctx.now.getTime() + FUTURE_SLACK_MS)
    return { ok: false, error: t('bg_case_future') };
  return database.transaction('rw', database.cases, database.events, async (): Promise<CaseReply> => {
    const stored = (await getCase(orderKey, database)) ?? newCase(orderKey, ctx.now.toISOString());
    const { row, logged } = applySubmissions(stored, await listEvents(orderKey, database), ctx);
    const opened = Math.min(Date.parse(event.at), ctx.now.getTime());
    const state =
      row.state ??
      openCase({
        at: new Date(opened).toISOString(),
        orderAmount: ctx.orderAmount,
        claimDeadline: ctx.claimDeadline,
      });
    const r = transition(state, event, ctx.windows);
    if (r.error) {
      if (logged.length) await save(row, logged, ctx.now, database);
      return { ok: false, error: explain(r.error, event.type, state), state: row.state };
    }
    const extra: Logged['extra'] =
      event.type === 'REFUND_ISSUED'
        ? { channel: event.channel, amount: event.amount }
        : event.type === 'ARRIVED'
          ? { amount: event.amount }
          : {};
    const done: Logged = { type: event.type, at: event.at, auto: false, extra };
    await save({ ...row, state: r.state }, [...logged, done], ctx.now, database);
    return { ok: true, detail: r.state.step, state: r.state };
  });
}

/** The buyer's answers (null clears one), merged into the case record; an open case gets the new claim deadline. */
export async function answerCase(
  orderKey: string,
  answers: CaseAnswers,
  deps: CaseDeps,
  database: CardShieldDB = db,
): Promise<CaseReply> {
  const before = (await getCase(orderKey, database))?.answers ?? {};
  const merged = Object.fromEntries(
    Object.entries({ ...before, ...answers }).filter(([, v]) => v !== null && v !== undefined),
  ) as CaseAnswers;
  if (!Facts.safeParse(merged).success) return { ok: false, error: t('bg_case_bad_answer') };
  const ctx = await context(orderKey, deps, database, merged);
  if (!ctx) return missing();
  const at = ctx.now.toISOString();
  return database.transaction('rw', database.cases, database.events, async (): Promise<CaseReply> => {
    const row = (await getCase(orderKey, database)) ?? newCase(orderKey, at);
    const open = row.state && ['contact_merchant', 'refund_request'].includes(row.state.step);
    const state = open ? { ...row.state!, claimDeadline: ctx.claimDeadline } : row.state;
    await putCase({ ...row, answers: merged, state, updatedAt: at }, database);
    for (const [fact, value] of Object.entries(answers))
      await addEvent(
        { orderKey, at, type: 'note', data: { kind: 'answer', fact, value: value ?? null } },
        database,
      );
    return { ok: true, state };
  });
}

/** Reflect refund / complaint forms CardShield saw submitted (the popup asks when it sees one not yet applied). */
export async function syncCase(
  orderKey: string,
  deps: CaseDeps,
  database: CardShieldDB = db,
): Promise<CaseReply> {
  const ctx = await context(orderKey, deps, database);
  if (!ctx) return missing();
  return database.transaction('rw', database.cases, database.events, async (): Promise<CaseReply> => {
    const stored = (await getCase(orderKey, database)) ?? newCase(orderKey, ctx.now.toISOString());
    const { row, logged } = applySubmissions(stored, await listEvents(orderKey, database), ctx);
    if (row.synced.length !== stored.synced.length) await save(row, logged, ctx.now, database);
    return { ok: true, detail: row.state?.step, state: row.state };
  });
}
