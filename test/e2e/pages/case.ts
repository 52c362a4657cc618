// Page object for the case page (entrypoints/case, case.html): the filtered order list and one order's detail.
// Labels come from the message catalogue, so the same object drives a zh-CN and an English browser.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { lookupMessage } from '../../../lib/i18n/lookup';
import type { MessageKey } from '../../../lib/i18n/catalog';

export type Side = 0 | 1;

export class CasePage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly platform: Locator;
  readonly status: Locator;
  readonly breach: Locator;
  readonly verdict: Locator;
  readonly clearFilters: Locator;
  /** "共 N 个订单" / "N / M 个订单符合条件". */
  readonly count: Locator;
  readonly list: Locator;
  readonly rows: Locator;
  readonly showMore: Locator;
  readonly detail: Locator;
  readonly detailHeading: Locator;
  readonly timeline: Locator;
  readonly merchant: Locator;

  constructor(
    readonly page: Page,
    readonly side: Side = 0,
  ) {
    const m = (key: MessageKey) => this.msg(key);
    this.heading = page.getByRole('heading', { level: 1 });
    const nav = page.getByRole('navigation', { name: m('case_list_heading') });
    this.search = nav.getByRole('searchbox', { name: m('case_search_label') });
    this.platform = nav.getByRole('combobox', { name: m('case_filter_platform') });
    this.status = nav.getByRole('combobox', { name: m('case_filter_status') });
    this.breach = nav.getByRole('combobox', { name: m('case_filter_breach') });
    this.verdict = nav.getByRole('combobox', { name: m('case_filter_verdict') });
    this.clearFilters = nav.getByRole('button', { name: m('case_filters_clear') }).first();
    this.count = nav.getByRole('status');
    this.list = nav.getByRole('listbox');
    this.rows = this.list.getByRole('option');
    this.showMore = nav.locator('button.show-more');
    this.detail = page.getByRole('main');
    this.detailHeading = this.detail.getByRole('heading', { level: 2 }).first();
    this.timeline = this.detail.getByRole('list', { name: m('case_section_timeline') }).getByRole('listitem');
    this.merchant = this.detail.getByRole('region', { name: m('case_section_merchant') });
  }

  /** A catalogue message in this page's language (substitutions as chrome.i18n does them). */
  msg(key: MessageKey, ...subs: (string | number)[]): string {
    return lookupMessage(key, subs.map(String), this.side);
  }

  /** Opens `case.html` with an optional query (`?order=…&q=…`) in a new tab. */
  static async open(
    context: BrowserContext,
    extensionId: string,
    search = '',
    side: Side = 0,
  ): Promise<CasePage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/case.html${search}`);
    return new CasePage(page, side);
  }

  row(orderNo: string): Locator {
    return this.rows.filter({ hasText: orderNo });
  }

  /** The timeline entry whose title is `title` (a catalogue text, e.g. 商家超时未发货). */
  entry(title: string | RegExp): Locator {
    return this.timeline.filter({ has: this.page.locator('.tl-title', { hasText: title }) });
  }

  /** The query part of the page URL, parsed. */
  params(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }
}
