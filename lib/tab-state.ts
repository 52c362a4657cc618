import { z } from 'zod';

/** What the background last saw in a tab; kept in storage.session so it survives service-worker restarts. */
export const TabState = z.object({
  url: z.string(),
  platform: z.string().nullable(),
  kinds: z.array(z.string()),
  orderKeys: z.array(z.string()),
  updatedAt: z.string(),
});
export type TabState = z.infer<typeof TabState>;

export interface SessionArea {
  /** `null` reads everything. */
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

export async function readTabState(area: SessionArea, tabId: number): Promise<TabState | undefined> {
  const raw = (await area.get(keyOf(tabId)))[keyOf(tabId)];
  const parsed = TabState.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export async function writeTabState(area: SessionArea, tabId: number, state: TabState): Promise<void> {
  await area.set({ [keyOf(tabId)]: state });
}

export async function clearTabState(area: SessionArea, tabId: number): Promise<void> {
  await area.remove(keyOf(tabId));
}
