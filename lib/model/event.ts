import { z } from 'zod';

/** Timeline of an order: what happened and when (the case page draws it; the export reports it). */
export const EventType = z.enum([
  'first-seen',
  'status',
  'keys',
  'chat',
  'breach',
  'form-submitted',
  'case-step',
  'arrival',
  'note',
]);
export type EventType = z.infer<typeof EventType>;

export const EventRow = z.object({
  id: z.number().int().positive().optional(),
  orderKey: z.string(),
  at: z.iso.datetime({ offset: true }),
  type: EventType,
  data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).default({}),
});
export type EventRow = z.infer<typeof EventRow>;
export type NewEvent = z.input<typeof EventRow>;
