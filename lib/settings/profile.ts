/**
 * The buyer's contact details (QQ, phone, email) as typed in the settings page: normalised and validated here,
 * once for the form (error per field) and once at the background's boundary (the `save-settings` message).
 */
import { z } from 'zod';

export type ProfileField = 'qq' | 'phone' | 'email';
export type ProfileError = 'qq' | 'phone' | 'email';

/** QQ numbers: 5–12 digits, no leading zero. */
const QQ = /^[1-9]\d{4,11}$/;
/** Mainland mobile numbers (optionally +86 / 86), or another number with a leading + and 7–15 digits. */
const PHONE = /^(?:(?:\+?86)?1[3-9]\d{9}|\+[1-9]\d{6,14})$/;
const EMAIL = z.email().max(100);

/** Spaces, hyphens and brackets people type inside numbers are dropped. */
const compact = (s: string) => s.replace(/[\s\-()（）]/g, '');

export function normaliseProfileValue(field: ProfileField, raw: string): string | null {
  const text = field === 'email' ? raw.trim() : compact(raw.trim());
  return text === '' ? null : text;
}

/** undefined when valid (empty is valid: the field is simply not used). */
export function profileError(field: ProfileField, raw: string): ProfileError | undefined {
  const value = normaliseProfileValue(field, raw);
  if (value === null) return undefined;
  if (field === 'qq') return QQ.test(value) ? undefined : 'qq';
  if (field === 'phone') return PHONE.test(value) ? undefined : 'phone';
  return EMAIL.safeParse(value).success ? undefined : 'email';
}

/** What the background accepts: normalised values or null, each checked again. */
export const ProfileInput = z.object({
  qq: z.string().regex(QQ).nullable(),
  phone: z.string().regex(PHONE).nullable(),
  email: EMAIL.nullable(),
});
export type ProfileInput = z.infer<typeof ProfileInput>;

/** The form's three strings → the profile to save, or the fields in error. */
export function buildProfile(
  form: Record<ProfileField, string>,
):
  | { ok: true; profile: ProfileInput | null }
  | { ok: false; errors: Partial<Record<ProfileField, ProfileError>> } {
  const errors: Partial<Record<ProfileField, ProfileError>> = {};
  for (const f of ['qq', 'phone', 'email'] as const) {
    const e = profileError(f, form[f]);
    if (e) errors[f] = e;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const profile = {
    qq: normaliseProfileValue('qq', form.qq),
    phone: normaliseProfileValue('phone', form.phone),
    email: normaliseProfileValue('email', form.email),
  };
  return { ok: true, profile: profile.qq || profile.phone || profile.email ? profile : null };
}
