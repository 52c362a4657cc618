import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, parseSettings, SETTINGS_VERSION } from '../../../lib/settings';

/** What version 1 of the extension wrote (before the pause list and the capture options). */
const V1 = {
  version: 1,
  band: false,
  autoDeliveryMinutes: 15,
  manualDeliveryMinutes: 720,
  immediateGraceMinutes: 3,
  profile: { qq: '12345678', phone: null, email: 'a@b.cn' },
  deadlineOverrides: { 'demo-kameng': { 'merchant-reply': 12 } },
};

describe('settings schema and migration', () => {
  it('defaults: band and full page on, MHTML off, nothing paused', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      version: SETTINGS_VERSION,
      band: true,
      fullPage: true,
      mhtml: false,
      pausedSites: [],
      profile: null,
      deadlineOverrides: {},
    });
  });

  it('keeps every version-1 value and adds the new fields with their defaults', () => {
    expect(parseSettings(V1)).toEqual({
      ...V1,
      version: SETTINGS_VERSION,
      fullPage: true,
      mhtml: false,
      pausedSites: [],
    });
  });

  it('a broken field falls back to its default; the others stay', () => {
    const s = parseSettings({ ...V1, autoDeliveryMinutes: -4, pausedSites: 'shop.cn', band: 'yes' });
    expect(s.autoDeliveryMinutes).toBe(DEFAULT_SETTINGS.autoDeliveryMinutes);
    expect(s.pausedSites).toEqual([]);
    expect(s.band).toBe(true);
    expect(s.profile).toEqual(V1.profile);
    expect(s.deadlineOverrides).toEqual(V1.deadlineOverrides);
  });

  it('nothing stored, or not an object: the defaults', () => {
    for (const raw of [undefined, null, 'x', 3, []]) expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('loads from chrome.storage.local', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...V1, pausedSites: ['shop.cn'] } });
    expect((await loadSettings(fakeBrowser.storage.local)).pausedSites).toEqual(['shop.cn']);
  });
});
