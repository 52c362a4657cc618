import { StorageFullError } from '../db';
import { Message, describeError, type Reply } from '../messaging';
import { syncDeadline } from './deadlines';
import { ingestReport, type IngestDeps } from './ingest';
import { getOrder, patchOrder } from '../store/orders';
import { manualCapture, type ManualDeps } from './manual-capture';
import { answerCase, applyCaseEvent, syncCase } from './case';
import { recordSubmission } from './submissions';
import { browserFillDeps, fillForm } from './fill';
import { t } from '../i18n/t';
import { automaticUrl, pausedFor, skipPaused, withCaptureOptions } from '../settings/apply';
import { handleSettingsMessage } from '../settings/messages';
import { autoArchive } from './auto-archive';

export interface RouterDeps extends ManualDeps, IngestDeps {
  injectExtractor: (tabId: number, frameId: number) => Promise<void>;
}

export interface SenderInfo {
  tabId?: number;
  frameId?: number;
  /** The sending frame's URL (sentinel hits from paused sites are ignored). */
  url?: string;
}

/** The background's one message entry: validate, dispatch, and always answer (never throw to the sender). */
export async function handleMessage(raw: unknown, sender: SenderInfo, deps: RouterDeps): Promise<Reply> {
  try {
    const msg = Message.parse(raw);
    // Settings are read per message: a paused site gets no automatic work; capture options apply at once.
    const settings = await deps.settings();
    if (pausedFor(msg, sender.url, settings))
      return await skipPaused(deps.session, sender.tabId, automaticUrl(msg, sender.url));
    deps = withCaptureOptions(deps, settings);
    switch (msg.type) {
      case 'sentinel-hit':
        if (sender.tabId === undefined) return { ok: false, error: 'sentinel-hit without a tab' };
        await deps.injectExtractor(sender.tabId, sender.frameId ?? 0);
        return { ok: true };
      case 'page-report': {
        if (sender.tabId === undefined) return { ok: false, error: 'page-report without a tab' };
        // Evidence is only taken from the top frame: that is what a screenshot shows.
        if ((sender.frameId ?? 0) !== 0) return { ok: true, detail: 'subframe ignored' };
        const changes = await ingestReport(msg.report, sender.tabId, deps);
        await autoArchive(msg.report, changes, sender.tabId, deps, settings.mhtml);
        return { ok: true, detail: changes.join(',') };
      }
      case 'form-submitted': {
        if (sender.tabId === undefined) return { ok: false, error: 'form-submitted without a tab' };
        // The case moves to 提交退款申请 (or 申请平台介入) even if the popup is never opened.
        const recorded = await recordSubmission(msg, sender.tabId, deps, undefined, (key) =>
          syncCase(key, deps),
        );
        return recorded.ok ? { ok: true, detail: recorded.detail } : recorded;
      }
      case 'set-promise': {
        await patchOrder(msg.orderKey, { promiseOverrideMinutes: msg.minutes, breachedAt: null });
        const order = await getOrder(msg.orderKey);
        if (!order) return { ok: false, error: t('bg_order_not_found') };
        await syncDeadline(order, deps);
        return { ok: true };
      }
      case 'capture-now':
        return await manualCapture(msg, deps);
      case 'case-event':
        return await applyCaseEvent(msg.orderKey, msg.event, deps);
      case 'case-answer':
        return await answerCase(msg.orderKey, msg.answers, deps);
      case 'case-sync':
        return await syncCase(msg.orderKey, deps);
      case 'fill-form':
        return await fillForm(msg, browserFillDeps(deps.session));
      case 'save-settings':
      case 'pause-site':
      case 'cleanup-orders':
        return await handleSettingsMessage(msg, sender.url);
    }
  } catch (err) {
    // The popup shows this until the next successful capture: a full disk must never fail silently.
    if (err instanceof StorageFullError)
      await deps.session.set({
        alert: { kind: 'storage-full', message: err.message, at: new Date().toISOString() },
      });
    return { ok: false, error: describeError(err) };
  }
}
