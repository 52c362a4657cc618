/**
 * Background side of the refund-form filler (issue #7): inject the filler, collect the form, plan from the
 * order's case facts, send the chosen evidence in base64 chunks, apply, answer what was filled and what is left.
 * Outcomes are `retryable` (no form rendered yet) or terminal. Nothing is ever submitted.
 */
import { browser } from 'wxt/browser';
import { assess, composeFacts } from '../eligibility';
import type { Reply } from '../messaging';
import type { OrderRow } from '../model/order';
import { syncCodeMirrors } from '../refund-form/editors';
import { extOf } from '../refund-form/files';
import { plan } from '../refund-form/plan';
import { ApplyReply, CollectReply, toChunks, type FillerMessage } from '../refund-form/protocol';
import { Profile, type CollectedForm, type EvidenceCandidate, type LeftItem } from '../refund-form/types';
import { loadSettings, type LocalArea } from '../settings';
import { getBlob } from '../store/evidence';
import { getOrder, listOrders } from '../store/orders';
import { readTabState, type SessionArea } from '../tab-state';
import { loadCaseData } from './case-data';
import { buildAssessInput } from './case-view';
import { t } from '../i18n/t';

export interface FillRequest {
  tabId: number;
  orderKey?: string;
}

export type FillReply = Reply & {
  retryable?: boolean;
  orderKey?: string;
  filled?: { label: string; value: string }[];
  left?: LeftItem[];
  notes?: string[];
};

export interface FillDeps {
  session: SessionArea;
  local: LocalArea;
  inject: (tabId: number) => Promise<void>;
  send: (tabId: number, msg: FillerMessage) => Promise<unknown>;
  /** Show the filled texts in rich editors over their textareas (page MAIN world, top frame); a no-op without one. */
  syncEditors: (tabId: number, texts: string[]) => Promise<void>;
  now: () => Date;
  /** Wait between collect attempts (a dialog may still be opening). */
  wait: (ms: number) => Promise<void>;
}

export const browserFillDeps = (session: SessionArea): FillDeps => ({
  session,
  local: browser.storage.local,
  inject: async (tabId) => {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/filler.js'] });
  },
  send: (tabId, msg) => browser.tabs.sendMessage(tabId, msg, { frameId: 0 }),
  syncEditors: async (tabId, texts) => {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      world: 'MAIN',
      func: syncCodeMirrors,
      args: [texts],
    });
  },
  now: () => new Date(),
  wait: (ms) => new Promise((r) => setTimeout(r, ms)),
});

/** The order to fill for: the buyer's pick, else the one the form / page names, the tab's, or the last viewed. */
export async function resolveOrder(
  form: CollectedForm,
  tabOrders: readonly string[],
  orders: readonly OrderRow[],
): Promise<OrderRow | undefined> {
  const site = (() => {
    try {
      return new URL(form.url).host;
    } catch {
      return '';
    }
  })();
  const here = orders.filter((o) => o.site === site);
  const named = form.fields.filter((f) => f.role === 'orderNo').map((f) => f.value);
  return (
    here.find((o) => named.some((v) => v && v.includes(o.orderNo))) ??
    here.find((o) => form.url.includes(o.orderNo)) ??
    here.find((o) => tabOrders.includes(o.key)) ??
    [...here].sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt))[0]
  );
}

async function collectForm(req: FillRequest, deps: FillDeps): Promise<CollectedForm | null> {
  for (let i = 0; i < 3; i++) {
    const reply = CollectReply.safeParse(await deps.send(req.tabId, { type: 'filler-collect' }));
    if (reply.success && reply.data.form) return reply.data.form;
    await deps.wait(400);
  }
  return null;
}

async function profileOf(local: LocalArea) {
  const raw = (await local.get('settings')).settings as { profile?: unknown } | undefined;
  const parsed = Profile.safeParse(raw?.profile);
  return parsed.success ? parsed.data : null;
}

export async function fillForm(req: FillRequest, deps: FillDeps): Promise<FillReply> {
  try {
    await deps.inject(req.tabId);
  } catch {
    return { ok: false, error: t('bg_fill_no_access') };
  }
  const form = await collectForm(req, deps);
  if (!form)
    return {
      ok: false,
      retryable: true,
      error: t('bg_fill_no_form'),
    };
  const state = await readTabState(deps.session, req.tabId);
  const order = req.orderKey
    ? await getOrder(req.orderKey)
    : await resolveOrder(form, state?.orderKeys ?? [], await listOrders(200));
  if (!order) return { ok: false, error: t('bg_fill_no_order') };

  const settings = await loadSettings(deps.local);
  const data = await loadCaseData(order.key);
  const input = buildAssessInput(order, data, settings, deps.now());
  const facts = composeFacts(input, assess(input));
  const byId = new Map(data.evidence.map((e) => [e.seq, e]));
  const evidence: EvidenceCandidate[] = data.evidence
    .filter((e) => e.mime.startsWith('image/'))
    .map((e) => ({ id: e.seq, kind: e.kind, mime: e.mime, size: e.size, capturedAt: e.capturedAt }));
  const p = plan({ form, facts, evidence, profile: await profileOf(deps.local) });

  const files: { id: string; files: string[] }[] = [];
  for (const choice of p.files) {
    const keys: string[] = [];
    for (const seq of choice.evidence) {
      const row = byId.get(seq)!;
      const bytes = await getBlob(row.sha256);
      if (!bytes) continue;
      const key = `e${seq}`;
      const chunks = toChunks(bytes);
      for (const [index, data] of chunks.entries())
        await deps.send(req.tabId, {
          type: 'filler-chunk',
          key,
          name: `cardshield-${row.kind}-${seq}.${extOf(row.mime)}`,
          mime: row.mime,
          index,
          total: chunks.length,
          data,
        });
      keys.push(key);
    }
    if (keys.length) files.push({ id: choice.id, files: keys });
  }
  const reply = ApplyReply.safeParse(
    await deps.send(req.tabId, {
      type: 'filler-apply',
      values: p.values,
      files,
      left: p.left,
      notes: p.notes,
    }),
  );
  if (!reply.success) return { ok: false, retryable: true, error: t('bg_fill_incomplete') };
  const { filled, left, outcomes } = reply.data.result;
  // The textarea is what gets submitted; an editor drawn over it (acg-faka's Markdown editor) must show it too.
  const kinds = new Map(form.fields.map((f) => [f.id, f.kind]));
  const texts = p.values
    .filter((v) => kinds.get(v.id) === 'textarea' && ['filled', 'equal'].includes(outcomes[v.id] ?? ''))
    .map((v) => v.value);
  if (texts.length) await deps.syncEditors(req.tabId, texts).catch(() => undefined);
  return { ok: true, detail: `filled ${filled.length}`, orderKey: order.key, filled, left, notes: p.notes };
}
