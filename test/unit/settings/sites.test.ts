import { describe, expect, it } from 'vitest';
import { hostOfUrl, isPaused, normaliseHost, togglePaused } from '../../../lib/settings/sites';

const paused = (...pausedSites: string[]) => ({ pausedSites });

describe('normaliseHost', () => {
  it('takes hosts and URLs as typed or pasted', () => {
    expect(normaliseHost('Shop.Example.CN')).toBe('shop.example.cn');
    expect(normaliseHost(' https://shop.example.cn/user/order/1?x=1 ')).toBe('shop.example.cn');
    expect(normaliseHost('127.0.0.1:8080/orders')).toBe('127.0.0.1:8080');
    expect(normaliseHost('http://user:pw@shop.cn.:8443/')).toBe('shop.cn:8443');
    expect(normaliseHost('https://shop.cn:443/')).toBe('shop.cn');
    expect(normaliseHost('卡盟.中国')).toBe('xn--hlrw93f.xn--fiqs8s');
  });
  it('refuses what is not a host', () => {
    for (const bad of ['', '   ', 'http://', 'shop cn', 'a..b', 'javascript:alert(1)'])
      expect(normaliseHost(bad)).toBeUndefined();
  });
});

describe('hostOfUrl', () => {
  it('only web pages have a host to pause', () => {
    expect(hostOfUrl('http://127.0.0.1:5173/user/order/KM1')).toBe('127.0.0.1:5173');
    expect(hostOfUrl('chrome-extension://abc/popup.html')).toBeUndefined();
    expect(hostOfUrl('not a url')).toBeUndefined();
    expect(hostOfUrl(undefined)).toBeUndefined();
  });
});

describe('isPaused', () => {
  it('pauses the host and its subdomains, not look-alikes', () => {
    const s = paused('shop.cn');
    expect(isPaused('shop.cn', s)).toBe(true);
    expect(isPaused('m.shop.cn', s)).toBe(true);
    expect(isPaused('SHOP.CN', s)).toBe(true);
    expect(isPaused('shop.cn:8080', s)).toBe(true);
    expect(isPaused('myshop.cn', s)).toBe(false);
    expect(isPaused('shop.cn.evil.com', s)).toBe(false);
  });
  it('an entry with a port pauses that port only', () => {
    const s = paused('127.0.0.1:8080');
    expect(isPaused('127.0.0.1:8080', s)).toBe(true);
    expect(isPaused('127.0.0.1:9090', s)).toBe(false);
    expect(isPaused('127.0.0.1', s)).toBe(false);
  });
  it('nothing paused, or no host: never paused', () => {
    expect(isPaused('shop.cn', paused())).toBe(false);
    expect(isPaused(undefined, paused('shop.cn'))).toBe(false);
  });
});

describe('togglePaused', () => {
  it('adds once (normalised, sorted) and removes', () => {
    let list = togglePaused([], 'https://B.cn/x', true);
    list = togglePaused(list, 'a.cn', true);
    list = togglePaused(list, 'b.cn', true);
    expect(list).toEqual(['a.cn', 'b.cn']);
    expect(togglePaused(list, 'B.CN', false)).toEqual(['a.cn']);
    expect(togglePaused(list, 'not a host', true)).toEqual(list);
  });
});
