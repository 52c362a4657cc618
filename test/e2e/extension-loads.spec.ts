import { expect, test } from './fixtures';
import { Popup } from './pages/popup';

// The permissions the README explains one by one (docs: DESIGN.md "Permissions (decided)").
const DECLARED_PERMISSIONS = [
  'activeTab',
  'alarms',
  'contextMenus',
  'downloads',
  'notifications',
  'offscreen',
  'pageCapture',
  'scripting',
  'storage',
  'unlimitedStorage',
];

test('service worker starts and the manifest asks for exactly the declared permissions', async ({
  serviceWorker,
  extensionId,
}) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  expect([...(manifest.permissions ?? [])].sort()).toEqual(DECLARED_PERMISSIONS);
  expect(manifest.host_permissions).toEqual(['<all_urls>']);
  expect(manifest.optional_permissions ?? []).toEqual([]);
});

test('popup renders the 卡盾 heading', async ({ context, extensionId }) => {
  const popup = await Popup.open(context, extensionId);
  await expect(popup.heading).toContainText('卡盾');
  await expect(popup.current).toBeVisible();
});
