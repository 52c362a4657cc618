import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { archivePage, captureViewport } from '../../lib/service/capture';
import { captureFullPage } from '../../lib/service/fullpage';
import { runPendingCapture } from '../../lib/service/evidence-store';
import { handleMessage, type RouterDeps } from '../../lib/service/router';
import { installMenus, listenShortcuts } from '../../lib/service/shortcuts';
import { clearTabState } from '../../lib/tab-state';

export default defineBackground(() => {
  const deps: RouterDeps = {
    session: browser.storage.session,
    capture: captureViewport,
    captureFull: captureFullPage,
    archive: archivePage,
    injectExtractor: async (tabId, frameId) => {
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        files: ['/content-scripts/extractor.js'],
      });
    },
  };

  browser.runtime.onInstalled.addListener(installMenus);
  listenShortcuts(deps);
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    void handleMessage(raw, { tabId: sender.tab?.id, frameId: sender.frameId }, deps).then(sendResponse);
    return true;
  });
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void runPendingCapture(tabId, deps).catch((err) => console.error('[cardshield] pending capture', err));
  });
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.url) void clearTabState(deps.session, tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTabState(deps.session, tabId);
  });
});
