import { z } from 'zod';
import { db, type CardShieldDB } from '../db';
import { EventRow, type NewEvent } from '../model/event';

const EventRows = z.array(EventRow);

export async function addEvent(event: NewEvent, database: CardShieldDB = db): Promise<void> {
  await database.events.add(EventRow.parse(event));
}

/** An order's timeline, oldest first. */
export async function listEvents(orderKey: string, database: CardShieldDB = db): Promise<EventRow[]> {
  return EventRows.parse(
    await database.events.where('[orderKey+at]').between([orderKey, ''], [orderKey, '\uffff']).toArray(),
  );
}
