import { readTabState, type SessionArea } from '../tab-state';

/**
 * The orders a handled message may have changed: the one it names (case events, promise limits, a chosen
 * order), else the orders of the tab it came from or acts on. Used to refresh the Downloads copy.
 */
export async function changedOrders(
  raw: unknown,
  senderTab: number | undefined,
  session: SessionArea,
): Promise<string[]> {
  const msg = (raw ?? {}) as { orderKey?: unknown; tabId?: unknown };
  if (typeof msg.orderKey === 'string') return [msg.orderKey];
  const tabId = typeof msg.tabId === 'number' ? msg.tabId : senderTab;
  return tabId === undefined ? [] : ((await readTabState(session, tabId))?.orderKeys ?? []);
}
