/**
 * The refund-form filler's data (issue #7): collect (content) → plan (pure, background) → apply (content).
 * Everything here crosses a message boundary, so it is plain JSON and validated with zod on receipt.
 */
import { z } from 'zod';
import { FieldRole } from '../model/order';

const short = z.string().max(300);

/** How a control is operated by apply. */
export const ControlKind = z.enum([
  'text',
  'textarea',
  'number',
  'select',
  'tiles',
  'dropdown',
  'file',
  'checkbox',
]);
export type ControlKind = z.infer<typeof ControlKind>;

/** One control of the form on the page, with an opaque id only the content script can resolve. */
export const CollectedField = z.object({
  id: z.string().max(20),
  role: FieldRole,
  name: z.string().max(100).nullable(),
  label: z.string().max(100).nullable(),
  kind: ControlKind,
  options: z.array(short).max(100),
  /** Current value: text, selected option text, checked tile text, chosen file names. */
  value: z.string().max(5000),
  required: z.boolean(),
  disabled: z.boolean(),
  readOnly: z.boolean(),
  minLength: z.number().int().nonnegative().nullable(),
  maxLength: z.number().int().positive().nullable(),
  /** `<input type=number>` bounds. */
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** File inputs: `accept`, `multiple`, and the limits printed next to them (最多5张，每张不超过5MB). */
  accept: z.string().max(300).nullable(),
  multiple: z.boolean(),
  maxFiles: z.number().int().positive().nullable(),
  maxBytes: z.number().int().positive().nullable(),
});
export type CollectedField = z.infer<typeof CollectedField>;

/** refund: a refund / complaint / ticket form; chat: only a merchant chat box (step 1 message). */
export const CollectedForm = z.object({
  kind: z.enum(['refund', 'chat']),
  url: z.string().max(4096),
  title: z.string().max(500),
  fields: z.array(CollectedField).max(60),
});
export type CollectedForm = z.infer<typeof CollectedForm>;

/** Stored evidence the plan may attach (metadata only; bytes follow in chunks). */
export interface EvidenceCandidate {
  id: number;
  kind: string;
  mime: string;
  size: number;
  capturedAt: string;
}

/** The buyer's own contact details (settings.profile, when the settings offer one). */
export const Profile = z.object({
  qq: z.string().max(20).nullable().default(null),
  phone: z.string().max(20).nullable().default(null),
  email: z.string().max(100).nullable().default(null),
});
export type Profile = z.infer<typeof Profile>;

export const PlannedValue = z.object({
  id: z.string().max(20),
  /** Text to type, or the option / tile text to pick. */
  value: z.string().max(5000),
});
export type PlannedValue = z.infer<typeof PlannedValue>;

export const PlannedFile = z.object({
  id: z.string().max(20),
  /** Keys of files already sent to the content script (transfer ids). */
  files: z.array(z.string().max(40)).max(20),
});
export type PlannedFile = z.infer<typeof PlannedFile>;

/** A field the buyer has to handle, and why. */
export const LeftItem = z.object({ label: short, why: short });
export type LeftItem = z.infer<typeof LeftItem>;

export interface Plan {
  values: PlannedValue[];
  /** Per file input: evidence ids, best first. */
  files: { id: string; evidence: number[] }[];
  left: LeftItem[];
  /** Notes for the panel (a file too large, 其他 chosen …). */
  notes: string[];
}

/** Outcome of one planned field on the page. */
export const FieldOutcome = z.enum(['filled', 'equal', 'locked', 'missing', 'failed']);
export type FieldOutcome = z.infer<typeof FieldOutcome>;

export const ApplyResult = z.object({
  filled: z.array(z.object({ label: short, value: z.string().max(300) })).max(60),
  left: z.array(LeftItem).max(60),
  outcomes: z.record(z.string().max(20), FieldOutcome),
});
export type ApplyResult = z.infer<typeof ApplyResult>;
