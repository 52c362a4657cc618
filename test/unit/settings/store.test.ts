import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings } from '../../../lib/settings';
import { applyPatch, SettingsPatch } from '../../../lib/settings/patch';
import { saveSettings, setSitePaused } from '../../../lib/settings/store';

const area = () => fakeBrowser.storage.local;

describe('settings patches', () => {
  it('merges the fields given; deadline overrides per family, {} resets a family', () => {
    const start = applyPatch(
      DEFAULT_SETTINGS,
      SettingsPatch.parse({
        deadlineOverrides: { 'demo-kameng': { 'merchant-reply': 12 }, default: { intervention: 96 } },
      }),
    );
    const next = applyPatch(
      start,
      SettingsPatch.parse({ band: false, deadlineOverrides: { 'demo-kameng': {} } }),
    );
    expect(next.band).toBe(false);
    expect(next.deadlineOverrides).toEqual({ default: { intervention: 96 } });
  });
  it('normalises paused sites and refuses bad values', () => {
    expect(SettingsPatch.parse({ pausedSites: ['HTTPS://Shop.cn/x'] }).pausedSites).toEqual(['shop.cn']);
    for (const bad of [
      { pausedSites: ['not a host'] },
      { autoDeliveryMinutes: 0 },
      { manualDeliveryMinutes: 1.5 },
      { profile: { qq: 'abc', phone: null, email: null } },
      { deadlineOverrides: { 'demo-kameng': { 'merchant-reply': -1 } } },
      { version: 9 },
      { unknown: true },
    ])
      expect(SettingsPatch.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});

describe('the settings writer', () => {
  it('writes through storage.local and keeps what it does not change', async () => {
    await area().set({ settings: { version: 1, autoDeliveryMinutes: 20 } });
    await saveSettings({ profile: { qq: '10001', phone: null, email: null } }, area());
    const s = await loadSettings(area());
    expect(s.autoDeliveryMinutes).toBe(20);
    expect(s.profile).toEqual({ qq: '10001', phone: null, email: null });
  });
  it('serialises quick changes: none is lost', async () => {
    await Promise.all([
      saveSettings({ band: false }, area()),
      setSitePaused('a.cn', true, area()),
      saveSettings({ mhtml: true }, area()),
      setSitePaused('b.cn:8080', true, area()),
    ]);
    expect(await loadSettings(area())).toMatchObject({
      band: false,
      mhtml: true,
      pausedSites: ['a.cn', 'b.cn:8080'],
    });
    await setSitePaused('A.CN', false, area());
    expect((await loadSettings(area())).pausedSites).toEqual(['b.cn:8080']);
  });
  it('rejects an invalid patch and stores nothing', async () => {
    await expect(saveSettings({ autoDeliveryMinutes: 'soon' }, area())).rejects.toThrow();
    expect(await area().get('settings')).toEqual({});
  });
});
