import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lookupMessage } from '../lib/i18n/lookup';

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no i18n: serve the zh-CN catalogue, as Chrome does for a zh-CN buyer.
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
    lookupMessage(key, subs)) as never;
  fakeBrowser.i18n.getUILanguage = () => 'zh-CN';
});
