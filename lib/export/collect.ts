/**
 * Everything stored about one order, read defensively (the `cases` table may be missing or a row corrupt:
 * the package is still built, without the case), plus the assessment and the composed facts the popup shows.
 */
import { composeFacts } from '../eligibility';
import { db, type CardShieldDB } from '../db';
import type { ComposeFactsInput } from '../compose';
import { ChatMessage, type OrderRow } from '../model/order';
import { loadCaseData } from '../service/case-data';
import { caseView, type CaseData, type CaseView } from '../service/case-view';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '../settings';
import { listEvents } from '../store/events';
import { getBlob, listEvidence } from '../store/evidence';
import { getOrder } from '../store/orders';
import { z } from 'zod';

export interface OrderBundle {
  order: OrderRow;
  data: CaseData;
  view: CaseView;
  facts: ComposeFactsInput;
  settings: Settings;
  now: Date;
  /** Stored bytes by SHA-256, as they are: bytes altered in the database stay altered in the package. */
  bytesOf: (sha256: string) => Promise<Uint8Array | undefined>;
}

const Transcript = z.object({ messages: z.array(ChatMessage).max(2000) });

/** loadCaseData without the case row: used when the cases table is missing or its row does not validate. */
async function loadWithoutCase(orderKey: string, database: CardShieldDB): Promise<CaseData> {
  const evidence = await listEvidence(orderKey, database);
  const chat: ChatMessage[] = [];
  for (const row of evidence.filter((r) => r.kind === 'chat' && r.mime === 'application/json')) {
    const bytes = await getBlob(row.sha256, database);
    try {
      const parsed = Transcript.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
      if (parsed.success) chat.push(...parsed.data.messages);
    } catch {
      // not a transcript: left out of the chat, still in the package as a file
    }
  }
  return { evidence, chat, policies: [], events: await listEvents(orderKey, database), row: undefined };
}

export async function defaultSettings(): Promise<Settings> {
  const area = (globalThis as { chrome?: typeof chrome }).chrome?.storage?.local;
  return area ? loadSettings(area).catch(() => DEFAULT_SETTINGS) : DEFAULT_SETTINGS;
}

export async function loadBundle(
  orderKey: string,
  opts: { database?: CardShieldDB; now?: Date; settings?: Settings } = {},
): Promise<OrderBundle> {
  const database = opts.database ?? db;
  const order = await getOrder(orderKey, database);
  if (!order) throw new Error(`找不到这个订单：${orderKey}`);
  const data = await loadCaseData(orderKey, database).catch(() => loadWithoutCase(orderKey, database));
  const settings = opts.settings ?? (await defaultSettings());
  const now = opts.now ?? new Date();
  const view = caseView(order, data, settings, now);
  return {
    order,
    data,
    view,
    facts: composeFacts(view.input, view.assessment),
    settings,
    now,
    bytesOf: (sha) => getBlob(sha, database),
  };
}
