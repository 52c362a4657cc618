/** Loads what the case view reads for one order (popup, live; background, when it opens a case). */
import { z } from 'zod';
import { db, type CardShieldDB } from '../db';
import { ChatMessage } from '../model/order';
import { listEvents } from '../store/events';
import { getBlobs, listEvidence } from '../store/evidence';
import { getCase } from '../store/cases';
import type { CaseData } from './case-view';

const Transcript = z.object({ type: z.literal('chat-transcript'), messages: z.array(ChatMessage).max(2000) });
const ProductPage = z.object({ type: z.literal('product-page'), policy: z.string().max(2000).nullable() });

function json(bytes: Uint8Array | undefined): unknown {
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

/**
 * Independent reads go out together and the JSON records come in one transaction: the popup waits for this before
 * it shows the verdict, and on a busy database every sequential round trip shows.
 */
export async function loadCaseData(orderKey: string, database: CardShieldDB = db): Promise<CaseData> {
  const [evidence, events, row] = await Promise.all([
    listEvidence(orderKey, database),
    listEvents(orderKey, database),
    getCase(orderKey, database),
  ]);
  const docs = evidence.filter(
    (r) => r.mime === 'application/json' && (r.kind === 'chat' || r.kind === 'product-page'),
  );
  const shas = docs.map((r) => r.sha256);
  const values = (await getBlobs(shas, database)).map(json);
  const transcripts: ChatMessage[][] = [];
  const policies: string[] = [];
  docs.forEach((doc, i) => {
    if (doc.kind === 'chat') {
      const parsed = Transcript.safeParse(values[i]);
      if (parsed.success) transcripts.push(parsed.data.messages);
    } else {
      const parsed = ProductPage.safeParse(values[i]);
      if (parsed.success && parsed.data.policy) policies.push(parsed.data.policy);
    }
  });
  return { evidence, chat: mergeChat(transcripts), policies, events, row };
}
