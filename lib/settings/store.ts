/**
 * The only writer of the `settings` key (the background): read, patch, validate, write — one change at a
 * time, so two quick changes from the page cannot overwrite each other.
 */
import { browser } from 'wxt/browser';
import { loadSettings, type LocalArea, type Settings } from '../settings';
import { applyPatch, SettingsPatch } from './patch';
import { togglePaused } from './sites';

export interface WritableArea extends LocalArea {
  set(items: Record<string, unknown>): Promise<void>;
}

let queue: Promise<unknown> = Promise.resolve();

function serialised<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

export async function saveSettings(
  patch: unknown,
  area: WritableArea = browser.storage.local as WritableArea,
): Promise<Settings> {
  const parsed = SettingsPatch.parse(patch);
  return serialised(async () => {
    const next = applyPatch(await loadSettings(area), parsed);
    await area.set({ settings: next });
    return next;
  });
}

export function setSitePaused(
  host: string,
  paused: boolean,
  area: WritableArea = browser.storage.local as WritableArea,
): Promise<Settings> {
  return serialised(async () => {
    const current = await loadSettings(area);
    const next = { ...current, pausedSites: togglePaused(current.pausedSites, host, paused) };
    await area.set({ settings: next });
    return next;
  });
}
