import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lookupMessage } from '../lib/i18n/lookup';

/** The fake browser has no i18n: serve the zh-CN catalogue, as Chrome does for a zh-CN buyer. */
function zhCatalogue() {
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
    lookupMessage(key, subs)) as never;
  fakeBrowser.i18n.getUILanguage = () => 'zh-CN';
}

zhCatalogue(); // test files may build fixtures at collection time, before any beforeEach
beforeEach(() => {
  fakeBrowser.reset();
  zhCatalogue();
});
