import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogEntries, localeFile } from '../../../lib/i18n/catalog';
import { lookupMessage } from '../../../lib/i18n/lookup';
import { lang, t } from '../../../lib/i18n/t';

const read = (dir: string) =>
  JSON.parse(readFileSync(`public/_locales/${dir}/messages.json`, 'utf8')) as unknown;

describe('message catalogue', () => {
  it('has unique, chrome-valid keys across all areas', () => {
    const keys = catalogEntries().map(([k]) => k);
    const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(dupes).toEqual([]);
    expect(keys.filter((k) => !/^[A-Za-z0-9_]+$/.test(k))).toEqual([]);
  });

  it('has both languages for every key, with the same substitutions', () => {
    for (const [key, [zh, en]] of catalogEntries()) {
      expect(zh.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      const subs = (s: string) => [...s.matchAll(/\$[1-9]/g)].map((m) => m[0]).sort();
      expect(subs(en), key).toEqual(subs(zh));
    }
  });

  it('is what public/_locales holds (run `npm run locales` after editing lib/i18n/messages)', () => {
    expect(read('zh_CN')).toEqual(localeFile(0));
    expect(read('en')).toEqual(localeFile(1));
  });

  it('turns $1 into named placeholders the browser substitutes', () => {
    const file = localeFile(1);
    expect(file.common_minutes).toEqual({ message: '$P1$ min', placeholders: { p1: { content: '$1' } } });
    expect(lookupMessage('common_minutes', ['5'], 1)).toBe('5 min');
  });

  it('t() reads the browser catalogue; lang() follows the catalogue the browser picked', () => {
    expect(t('common_minutes', 10)).toBe('10 分钟');
    expect(lang()).toBe('zh');
  });
});
