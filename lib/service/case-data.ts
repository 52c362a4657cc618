/** Loads what the case view reads for one order (popup, live; background, when it opens a case). */
import { z } from 'zod';
import { db, type CardShieldDB } from '../db';
import type { EvidenceRow } from '../model/evidence';
import { ChatMessage } from '../model/order';
import { listEvents } from '../store/events';
import { getBlob, listEvidence } from '../store/evidence';
import { getCase } from '../store/cases';
import type { CaseData } from './case-view';

const Transcript = z.object({ type: z.literal('chat-transcript'), messages: z.array(ChatMessage).max(2000) });
const ProductPage = z.object({ type: z.literal('product-page'), policy: z.string().max(2000).nullable() });

async function json(row: EvidenceRow, database: CardShieldDB): Promise<unknown> {
  const bytes = await getBlob(row.sha256, database);
  if (!bytes) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

/** Every transcript of the order, merged: a thread seen twice (or scrolled) must not count its messages twice. */
function mergeChat(transcripts: ChatMessage[][]): ChatMessage[] {
  const seen = new Set<string>();
  const out: ChatMessage[] = [];
  for (const m of transcripts.flat()) {
    const id = `${m.author}|${m.at ?? ''}|${m.text}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(m);
  }
  return out;
}

export async function loadCaseData(orderKey: string, database: CardShieldDB = db): Promise<CaseData> {
  const evidence = await listEvidence(orderKey, database);
  const isJson = (kind: EvidenceRow['kind']) => (r: EvidenceRow) =>
    r.kind === kind && r.mime === 'application/json';
  const transcripts: ChatMessage[][] = [];
  for (const row of evidence.filter(isJson('chat'))) {
    const parsed = Transcript.safeParse(await json(row, database));
    if (parsed.success) transcripts.push(parsed.data.messages);
  }
  const policies: string[] = [];
  for (const row of evidence.filter(isJson('product-page'))) {
    const parsed = ProductPage.safeParse(await json(row, database));
    if (parsed.success && parsed.data.policy) policies.push(parsed.data.policy);
  }
  return {
    evidence,
    chat: mergeChat(transcripts),
    policies,
    events: await listEvents(orderKey, database),
    row: await getCase(orderKey, database),
  };
}
