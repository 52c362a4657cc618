// Page object for the settings page (entrypoints/options) and the onboarding page (entrypoints/onboarding).
import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { MessageKey } from '../../../lib/i18n/catalog';
import { lookupMessage } from '../../../lib/i18n/lookup';
import { normaliseHost } from '../../../lib/settings/sites';
import type { UiLang } from '../browser';

export class SettingsPage {
  readonly profile: Locator;
  readonly paused: Locator;
  readonly capture: Locator;
  readonly storage: Locator;

  constructor(
    readonly page: Page,
    readonly lang: UiLang = 'zh-CN',
  ) {
    const region = (key: MessageKey) => page.getByRole('region', { name: this.text(key), exact: true });
    this.profile = region('settings_profile_h');
    this.paused = region('settings_paused_h');
    this.capture = region('settings_capture_h');
    this.storage = region('settings_storage_h');
  }

  static async open(context: BrowserContext, extensionId: string, lang?: UiLang): Promise<SettingsPage> {
    const page = await context.newPage();
    const settings = new SettingsPage(page, lang);
    await settings.goto(extensionId);
    return settings;
  }

  async goto(extensionId: string): Promise<void> {
    await this.page.goto(`chrome-extension://${extensionId}/options.html`);
    await this.profile.waitFor();
  }

  text(key: MessageKey, ...subs: (string | number)[]): string {
    return lookupMessage(key, subs.map(String), this.lang === 'en-US' ? 1 : 0);
  }

  field(scope: Locator, label: MessageKey): Locator {
    return scope.getByLabel(this.text(label), { exact: true });
  }

  /** Types the profile and presses 保存资料; returns the status line. */
  async saveProfile(values: { qq: string; phone: string; email: string }): Promise<Locator> {
    await this.field(this.profile, 'settings_profile_qq').fill(values.qq);
    await this.field(this.profile, 'settings_profile_phone').fill(values.phone);
    await this.field(this.profile, 'settings_profile_email').fill(values.email);
    await this.profile.getByRole('button', { name: this.text('settings_profile_save') }).click();
    return this.profile.getByRole('status');
  }

  /** Types a host or URL into 暂停这个网站 and waits for the (normalised) host in the list. */
  async pauseSite(hostOrUrl: string): Promise<void> {
    await this.field(this.paused, 'settings_paused_add_label').fill(hostOrUrl);
    await this.paused.getByRole('button', { name: this.text('settings_paused_add') }).click();
    await this.pausedSites.filter({ hasText: normaliseHost(hostOrUrl) }).waitFor();
  }

  get pausedSites(): Locator {
    return this.paused.getByRole('list', { name: this.text('settings_paused_list') }).getByRole('listitem');
  }

  /** The clean-up list's checkbox of an order (labelled by its order number, product, site…). */
  cleanupCheckbox(orderNo: string): Locator {
    return this.storage.getByRole('checkbox', { name: orderNo });
  }

  /** Ticks the orders, presses 清理所选订单 and confirms in the dialog; returns the results block. */
  async cleanUp(...orderNos: string[]): Promise<Locator> {
    for (const no of orderNos) await this.cleanupCheckbox(no).check();
    await this.storage.getByRole('button', { name: this.text('settings_cleanup_go') }).click();
    const dialog = this.page.getByRole('dialog', { name: this.text('settings_cleanup_h') });
    await dialog.getByRole('button', { name: this.text('settings_cleanup_confirm_yes') }).click();
    const results = this.storage.getByTestId('cleanup-results');
    await results.waitFor();
    return results;
  }
}
