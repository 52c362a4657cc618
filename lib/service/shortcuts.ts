import { browser } from 'wxt/browser';
import type { Reply } from '../messaging';
import { manualCapture, type ManualDeps } from './manual-capture';

/** Context-menu items and the keyboard shortcut: the same manual capture as the popup's buttons. */
const MENU = [
  { id: 'cs-capture', title: '卡盾：立即取证（当前画面）', mode: 'viewport' },
  { id: 'cs-capture-full', title: '卡盾：整页取证', mode: 'full-page' },
] as const;

export function installMenus() {
  browser.contextMenus.removeAll(() => {
    for (const { id, title } of MENU)
      browser.contextMenus.create({ id, title, contexts: ['page', 'selection', 'image', 'link'] });
  });
}

async function captureAndTell(tabId: number, mode: 'viewport' | 'full-page', deps: ManualDeps) {
  const reply: Reply = await manualCapture({ tabId, mode }, deps).catch((err: unknown) => ({
    ok: false,
    error: String(err),
  }));
  await browser.notifications.create(`cs-capture-${Date.now()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: reply.ok ? '卡盾：已取证' : '卡盾：未能取证',
    message: reply.ok ? '截图已保存并写入证据链。' : reply.error,
  });
}

export function listenShortcuts(deps: ManualDeps) {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const item = MENU.find((m) => m.id === info.menuItemId);
    if (item && tab?.id !== undefined) void captureAndTell(tab.id, item.mode, deps);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'capture-now' && tab?.id !== undefined) void captureAndTell(tab.id, 'viewport', deps);
  });
}
