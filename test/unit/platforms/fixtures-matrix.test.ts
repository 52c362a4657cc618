import { describe, expect, it } from 'vitest';
import { looksLikeCardPlatform } from '../../../lib/content/sentinel';
import { analyzePage } from '../../../lib/platforms';
import { loadFixture, negativeFixtures, positiveFixtures } from './fixture-cases';

/**
 * Every fixture through the whole registry. An expected JSON lists the fields it pins (platform, kinds,
 * orders, chat, refundForm, contacts, noRefundNotices); fields it leaves out are not compared.
 */
describe('fixture matrix', () => {
  it('has fixtures', () => expect(positiveFixtures.length).toBeGreaterThan(0));

  it.each(positiveFixtures)('$adapter/$file', ({ html, expected }) => {
    const { url, ...want } = expected;
    const doc = loadFixture(html);
    const report = analyzePage(doc, new URL(url));
    for (const [key, value] of Object.entries(want))
      expect({ [key]: report[key as keyof typeof report] }).toEqual({ [key]: value });
    expect(looksLikeCardPlatform(doc, new URL(url)), 'the sentinel must let this page through').toBe(true);
  });

  it.each(negativeFixtures)('negative: $adapter/$file', ({ html, expected }) => {
    const report = analyzePage(loadFixture(html), new URL(expected.url));
    expect(report.orders).toEqual([]);
  });
});
