import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { archivePage, captureViewport } from '../../lib/service/capture';
import { captureFullPage } from '../../lib/service/fullpage';
import { ALARM_PREFIX, defaultSettings, onBreachAlarm, resyncDeadlines } from '../../lib/service/deadlines';
import { captureBreachPage, runPendingUnlessPaused } from '../../lib/service/automatic';
import { openOnboarding } from '../../lib/settings/onboarding';
import { handleMessage, type RouterDeps } from '../../lib/service/router';
import { installMenus, listenShortcuts } from '../../lib/service/shortcuts';
import { changedOrders } from '../../lib/service/changed-orders';
import { createCaseCopier } from '../../lib/service/export';
import { clearTabState } from '../../lib/tab-state';

export default defineBackground(() => {
  const deps: RouterDeps = {
    session: browser.storage.session,
    capture: captureViewport,
    captureFull: captureFullPage,
    archive: archivePage,
    settings: defaultSettings,
    captureBreach: (tabId, order) => captureBreachPage(tabId, order, deps),
    injectExtractor: async (tabId, frameId) => {
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        files: ['/content-scripts/extractor.js'],
      });
    },
  };

  browser.runtime.onInstalled.addListener(installMenus);
  // First install only: what CardShield does, what it keeps, its permissions (entrypoints/onboarding).
  browser.runtime.onInstalled.addListener((details) => void openOnboarding(details).catch(console.error));
  // Every worker start: alarms survive restarts, but re-arming is cheap and also flags deadlines passed meanwhile.
  void resyncDeadlines(deps).catch((err) => console.error('[cardshield] deadlines', err));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(ALARM_PREFIX))
      void onBreachAlarm(alarm.name.slice(ALARM_PREFIX.length), deps).catch((err) =>
        console.error('[cardshield] breach', err),
      );
  });
  listenShortcuts(deps);
  // Evidence must outlive the extension: open cases are copied to Downloads/CardShield/… when they change.
  const copier = createCaseCopier();
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const tabId = sender.tab?.id;
    void handleMessage(
      raw,
      { tabId, frameId: sender.frameId, url: sender.url ?? sender.tab?.url },
      deps,
    ).then(async (reply) => {
      sendResponse(reply);
      if (reply.ok) for (const key of await changedOrders(raw, tabId, deps.session)) copier.schedule(key);
    });
    return true;
  });
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void runPendingUnlessPaused(tabId, deps).catch((err) =>
      console.error('[cardshield] pending capture', err),
    );
  });
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.url) void clearTabState(deps.session, tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTabState(deps.session, tabId);
  });
});
