/** Types of the case page's timeline (lib/case-page/timeline.ts builds it). */
import type { MessageKey } from '../i18n/catalog';
import type { EventRow } from '../model/event';
import type { EvidenceRow } from '../model/evidence';
import type { ChatMessage, OrderRow } from '../model/order';
import type { Settings } from '../settings';
import type { CaseRow } from '../store/cases';

export type Pair = { zh: string; en: string };
/**
 * One line of text: a catalogue message (substitutions may be bilingual pairs), a bilingual domain text, or page
 * text shown as is.
 */
export type Line = { key: MessageKey; subs?: (string | number | Pair)[] } | { pair: Pair } | { text: string };

export type EntryKind =
  | 'created'
  | 'paid'
  | 'first-seen'
  | 'product-page'
  | 'due'
  | 'breach'
  | 'status'
  | 'keys'
  | 'message'
  | 'failure-prompt'
  | 'form'
  | 'case-step'
  | 'refund-eta'
  | 'arrival';

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export interface TimelineEntry {
  id: string;
  at: string;
  kind: EntryKind;
  tone: Tone;
  title: Line;
  details: Line[];
  /** A time still ahead (a deadline not reached, an expected arrival) rather than something that happened. */
  expected: boolean;
  /** The evidence record behind the entry (opens in the viewer). */
  evidenceId?: number;
}

export interface TimelineInput {
  order: OrderRow;
  events: readonly EventRow[];
  evidence: readonly EvidenceRow[];
  chat: readonly ChatMessage[];
  caseRow?: CaseRow;
  settings: Settings;
  now: Date;
}

/** An entry while being built: details and expected default to none / false. */
export type Draft = Omit<TimelineEntry, 'expected' | 'details'> & { details?: Line[]; expected?: boolean };
