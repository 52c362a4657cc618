/**
 * An order's timeline for the case page (issue #9), built from what CardShield holds: the order row, its events
 * (lib/store/events), evidence metadata, the merchant chat and the case record. Pure: entries carry message keys
 * and page text, the page renders them with t() (page text stays text).
 */
import { STATUS_LABEL } from '../i18n/status';
import type { EventRow } from '../model/event';
import type { EvidenceRow } from '../model/evidence';
import type { ChatMessage, OrderRow, OrderStatus } from '../model/order';
import { caseStepLines } from './timeline-steps';
import { dueEntry, etaEntry } from './timeline-times';
import type { Draft, EntryKind, Line, Pair, TimelineEntry, TimelineInput, Tone } from './timeline-types';

export type { EntryKind, Line, Pair, TimelineEntry, TimelineInput, Tone } from './timeline-types';

/** Page words of a refused refund or claim. */
const REFUSED = /驳回|拒绝|失败/;
const APPEAL_URL = /appeal|complain|arbitrat|interven|jieru|tousu|shensu|介入|投诉|申诉/i;
const statusPair = (s: unknown): Pair => {
  const label = STATUS_LABEL[(typeof s === 'string' && s in STATUS_LABEL ? s : 'unknown') as OrderStatus];
  return { zh: label.zh, en: label.en };
};
/** Merchant messages are page text: one line each, cut to a readable length. */
const MAX_MESSAGE = 300;
const MAX_MESSAGES = 50;

function orderEntries(order: OrderRow): Draft[] {
  const out: Draft[] = [];
  const money = order.amount === null ? null : `¥${order.amount.toFixed(2)}`;
  const paidLine: Line[] = money ? [{ key: 'case_tl_paid_amount', subs: [money] }] : [];
  if (order.payMethod) paidLine.push({ text: order.payMethod });
  const paidMs = order.paidAt ? Date.parse(order.paidAt) : NaN;
  if (order.createdAt && !(Math.abs(Date.parse(order.createdAt) - paidMs) < 60_000))
    out.push({ id: 'created', at: order.createdAt, kind: 'created', tone: 'neutral', title: { key: 'case_tl_created' } }); // prettier-ignore
  if (order.paidAt)
    out.push({ id: 'paid', at: order.paidAt, kind: 'paid', tone: 'info', title: { key: 'case_tl_paid' }, details: paidLine }); // prettier-ignore
  return out;
}

function eventEntry(e: EventRow): Draft | undefined {
  const id = `ev${e.id ?? e.at + e.type}`;
  const base = { id, at: e.at };
  switch (e.type) {
    case 'first-seen': {
      const keys = Number(e.data.keys ?? 0);
      return { ...base, kind: 'first-seen', tone: 'neutral', title: { key: 'case_tl_first_seen', subs: [statusPair(e.data.status)] }, details: keys > 0 ? [{ key: 'case_tl_keys_count', subs: [keys] }] : [] }; // prettier-ignore
    }
    case 'status': {
      const status = String(e.data.status);
      const tone: Tone = ({ delivered: 'success', refunded: 'success', failed: 'danger', refunding: 'info' } as Record<string, Tone>)[status] ?? 'neutral'; // prettier-ignore
      const text = typeof e.data.text === 'string' ? e.data.text : '';
      // A status word CardShield has no bucket for (已驳回, 已冻结…) is named in the page's own words.
      if (!(status in STATUS_LABEL) || status === 'unknown')
        return { ...base, kind: 'status', tone: REFUSED.test(text) ? 'danger' : 'neutral', title: text ? { key: 'case_tl_status', subs: [text] } : { key: 'case_tl_status', subs: [statusPair('unknown')] } }; // prettier-ignore
      const said: Line[] = text ? [{ key: 'case_tl_page_said', subs: [text] }] : [];
      return { ...base, kind: 'status', tone, title: { key: 'case_tl_status', subs: [statusPair(status)] }, details: said }; // prettier-ignore
    }
    case 'keys':
      return { ...base, kind: 'keys', tone: 'success', title: { key: 'case_tl_keys', subs: [Number(e.data.count ?? 0)] } }; // prettier-ignore
    case 'breach': {
      const text = typeof e.data.text === 'string' && e.data.text ? [{ text: e.data.text }] : [];
      return { ...base, kind: 'breach', tone: 'danger', title: { key: 'case_tl_breach' }, details: text };
    }
    case 'form-submitted': {
      const appeal = APPEAL_URL.test(String(e.data.url ?? ''));
      return { ...base, kind: 'form', tone: 'info', title: { key: appeal ? 'case_tl_form_appeal' : 'case_tl_form_refund' }, details: [{ key: 'case_tl_form_fields', subs: [Number(e.data.fields ?? 0)] }] }; // prettier-ignore
    }
    case 'case-step': {
      const step = caseStepLines(e.data);
      return step && { ...base, kind: 'case-step', ...step };
    }
    case 'arrival':
      return { ...base, kind: 'arrival', tone: 'success', title: { key: 'case_tl_step_ARRIVED' } };
    default:
      return undefined; // chat (the messages themselves are listed), note (answers): not timeline facts
  }
}

function evidenceEntry(r: EvidenceRow): Draft | undefined {
  const base = { id: `evi${r.seq}`, at: r.capturedAt, evidenceId: r.id };
  if (r.kind === 'failure-prompt')
    return { ...base, kind: 'failure-prompt', tone: 'danger', title: { key: 'case_tl_failure_prompt' }, details: r.title ? [{ text: r.title }] : [] }; // prettier-ignore
  if (r.kind === 'product-page' && r.mime.startsWith('image/'))
    return { ...base, kind: 'product-page', tone: 'neutral', title: { key: 'case_tl_product_page' } };
  return undefined;
}

function messageEntries(chat: readonly ChatMessage[]): Draft[] {
  return chat
    .filter((m) => (m.author === 'merchant' || m.author === 'platform') && m.at)
    .slice(-MAX_MESSAGES)
    .map((m, i) => ({
      id: `msg${i}`,
      at: m.at!,
      kind: 'message',
      tone: 'neutral',
      title: { key: m.author === 'merchant' ? 'case_tl_message_merchant' : 'case_tl_message_platform' },
      details: [{ text: m.text.length > MAX_MESSAGE ? `${m.text.slice(0, MAX_MESSAGE)}…` : m.text }],
    }));
}

const ORDER: EntryKind[] = ['created', 'paid', 'first-seen', 'product-page', 'due', 'breach', 'status', 'keys', 'message', 'failure-prompt', 'form', 'case-step', 'refund-eta', 'arrival']; // prettier-ignore

export function buildTimeline(input: TimelineInput): TimelineEntry[] {
  const { order, events, now } = input;
  const drafts: Draft[] = [
    ...orderEntries(order),
    ...dueEntry(order, events, input.settings, now),
    ...events.map(eventEntry).filter((d): d is Draft => d !== undefined),
    ...input.evidence.map(evidenceEntry).filter((d): d is Draft => d !== undefined),
    ...messageEntries(input.chat),
    ...etaEntry(order, events, input.caseRow),
  ];
  // A breach the order row records but no event does (rows from before the timeline existed).
  if (order.breachedAt && !events.some((e) => e.type === 'breach'))
    drafts.push({ id: 'breach', at: order.breachedAt, kind: 'breach', tone: 'danger', title: { key: 'case_tl_breach' } }); // prettier-ignore
  return drafts
    .filter((d) => Number.isFinite(Date.parse(d.at)))
    .map((d) => ({ ...d, details: d.details ?? [], expected: d.expected ?? false }))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}
