/** The background's handlers for the settings page's messages (dispatched by lib/service/router.ts). */
import type { Message, Reply } from '../messaging';
import { cleanupOrders, type CleanupResult } from '../service/cleanup';
import { hostOfUrl } from './sites';
import { saveSettings, setSitePaused, type WritableArea } from './store';

type SettingsMessage = Extract<Message, { type: 'save-settings' | 'pause-site' | 'cleanup-orders' }>;

/** The cleanup answer lists, per order, what went and the chain verified right after. */
export type CleanupReply = Reply & { results?: CleanupResult[] };

/**
 * `senderUrl`: only extension pages (settings, popup) may change settings or delete evidence bytes — never a
 * content script running in a shop's page.
 */
export async function handleSettingsMessage(
  msg: SettingsMessage,
  senderUrl: string | undefined,
  area?: WritableArea,
): Promise<CleanupReply> {
  if (hostOfUrl(senderUrl) !== undefined)
    return { ok: false, error: `${msg.type}: not from an extension page` };
  switch (msg.type) {
    case 'save-settings':
      await saveSettings(msg.patch, area);
      return { ok: true };
    case 'pause-site':
      await setSitePaused(msg.host, msg.paused, area);
      return { ok: true };
    case 'cleanup-orders': {
      const results = await cleanupOrders(msg.orderKeys, { reason: msg.reason });
      return { ok: true, detail: String(results.reduce((n, r) => n + r.removed, 0)), results };
    }
  }
}
