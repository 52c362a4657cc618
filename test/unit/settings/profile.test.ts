import { describe, expect, it } from 'vitest';
import { buildProfile, profileError, ProfileInput } from '../../../lib/settings/profile';

describe('profile validation', () => {
  it('accepts QQ numbers, mainland and international phones, emails', () => {
    expect(profileError('qq', '12345')).toBeUndefined();
    expect(profileError('qq', ' 123 456 789 ')).toBeUndefined();
    expect(profileError('phone', '138-0013-8000')).toBeUndefined();
    expect(profileError('phone', '+86 138 0013 8000')).toBeUndefined();
    expect(profileError('phone', '+44 20 7946 0958')).toBeUndefined();
    expect(profileError('email', 'buyer@example.cn')).toBeUndefined();
    for (const f of ['qq', 'phone', 'email'] as const) expect(profileError(f, '  ')).toBeUndefined();
  });
  it('names the field in error', () => {
    expect(profileError('qq', '0123456')).toBe('qq');
    expect(profileError('qq', '1234')).toBe('qq');
    expect(profileError('qq', 'abc12345')).toBe('qq');
    expect(profileError('phone', '12345678901')).toBe('phone');
    expect(profileError('phone', '1380013800')).toBe('phone');
    expect(profileError('email', 'buyer@')).toBe('email');
  });
  it('builds the normalised profile, or null when all empty', () => {
    expect(buildProfile({ qq: '', phone: '', email: '' })).toEqual({ ok: true, profile: null });
    expect(buildProfile({ qq: '10001 ', phone: '138 0013 8000', email: ' a@b.cn ' })).toEqual({
      ok: true,
      profile: { qq: '10001', phone: '13800138000', email: 'a@b.cn' },
    });
    expect(buildProfile({ qq: 'x', phone: '', email: 'nope' })).toEqual({
      ok: false,
      errors: { qq: 'qq', email: 'email' },
    });
  });
  it('the background schema refuses what the form would refuse', () => {
    expect(ProfileInput.safeParse({ qq: '10001', phone: null, email: null }).success).toBe(true);
    expect(ProfileInput.safeParse({ qq: '1', phone: null, email: null }).success).toBe(false);
    expect(ProfileInput.safeParse({ qq: null, phone: '138 0013 8000', email: null }).success).toBe(false);
  });
});
