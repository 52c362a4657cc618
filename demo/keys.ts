// Random order-number parts and realistic card keys, plus the forms under which a key can be redeemed.
import type { KeyStyle } from './catalog.ts';

const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export function randomDigits(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(Math.random() * 10));
  return s;
}
function randomAlnum(n: number, alphabet = ALNUM): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(Math.random() * alphabet.length)];
  return s;
}
export function randomUpperAlnum(n: number): string {
  return randomAlnum(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
}
const groups = (count: number, size: number): string =>
  Array.from({ length: count }, () => randomAlnum(size)).join('-');

export function makeKey(style: KeyStyle): string {
  if (style === 'cardpwd') {
    const no = `8000 ${randomDigits(4)} ${randomDigits(4)} ${randomDigits(4)}`;
    return `卡号：${no} 密码：${groups(3, 4)}`;
  }
  return style === 'groups4' ? groups(4, 4) : groups(5, 5);
}

/** Normalised forms under which a key can be redeemed (whole text, and the password part of a 卡号/密码 pair). */
export function redeemForms(key: string): string[] {
  const norm = normaliseKey(key);
  const pwd = /密码[:：]?\s*([A-Z0-9-]+)\s*$/i.exec(key)?.[1];
  return pwd ? [norm, normaliseKey(pwd)] : [norm];
}

export function normaliseKey(key: string): string {
  return key.replace(/\s+/g, '').replace(/：/g, ':').toUpperCase();
}
