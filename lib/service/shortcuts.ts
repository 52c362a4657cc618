import { browser } from 'wxt/browser';
import { t } from '../i18n/t';
import type { Reply } from '../messaging';
import { manualCapture, type ManualDeps } from './manual-capture';

/** Context-menu items and the keyboard shortcut: the same manual capture as the popup's buttons. */
const MENU = [
  { id: 'cs-capture', title: 'bg_menu_capture', mode: 'viewport' },
  { id: 'cs-capture-full', title: 'bg_menu_capture_full', mode: 'full-page' },
] as const;

export function installMenus() {
  browser.contextMenus.removeAll(() => {
    for (const { id, title } of MENU)
      browser.contextMenus.create({ id, title: t(title), contexts: ['page', 'selection', 'image', 'link'] });
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
    title: reply.ok ? t('bg_captured_title') : t('bg_capture_failed_title'),
    message: reply.ok ? t('bg_captured_message') : reply.error,
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
