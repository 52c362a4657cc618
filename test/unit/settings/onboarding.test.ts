import { describe, expect, it } from 'vitest';
import { shouldOpenOnboarding } from '../../../lib/settings/onboarding';
import { permissionItems } from '../../../lib/settings/permissions';
import { lookupMessage } from '../../../lib/i18n/lookup';

const CHROME_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

describe('onboarding on install', () => {
  it('opens on install only, never on update or browser update', () => {
    expect(shouldOpenOnboarding('install', CHROME_UA)).toBe(true);
    for (const reason of ['update', 'chrome_update', 'shared_module_update'])
      expect(shouldOpenOnboarding(reason, CHROME_UA)).toBe(false);
  });
  it('not in a headless (automated) browser: nobody to greet', () => {
    expect(shouldOpenOnboarding('install', CHROME_UA.replace('Chrome/', 'HeadlessChrome/'))).toBe(false);
  });
});

describe('permissions in plain words', () => {
  // wxt.config.ts (Chrome build): every one of them is explained.
  const CHROME = [
    'storage',
    'unlimitedStorage',
    'alarms',
    'notifications',
    'contextMenus',
    'scripting',
    'activeTab',
    'downloads',
    'pageCapture',
    'offscreen',
  ];

  it('explains every permission of the Chrome manifest, in both languages', () => {
    const items = permissionItems(CHROME, ['<all_urls>']);
    expect(items.flatMap((i) => i.names).sort()).toEqual([...CHROME, '<all_urls>'].sort());
    for (const i of items) {
      expect(i.title && i.why, i.names.join()).toBeTruthy();
      for (const side of [0, 1] as const) expect(lookupMessage(i.why!, [], side)).not.toBe('');
    }
  });
  it('leaves out what the build does not ask for, and never hides an unknown one', () => {
    const items = permissionItems(['storage', 'bookmarks'], []);
    expect(items.map((i) => [i.names, i.title])).toEqual([
      [['storage'], 'onboarding_perm_storage'],
      [['bookmarks'], null],
    ]);
  });
});
