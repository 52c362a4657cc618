/**
 * A change to the settings, as the settings page and the popup send it to the background (`save-settings`):
 * only the fields that change, each validated strictly (stricter than the stored schema, which stays lenient so
 * older values still load). Pure.
 */
import { z } from 'zod';
import { Settings, type Settings as SettingsT } from '../settings';
import { ProfileInput } from './profile';
import { normaliseHost } from './sites';

const Host = z
  .string()
  .max(260)
  .transform((s, ctx) => {
    const host = normaliseHost(s);
    if (!host) ctx.addIssue({ code: 'custom', message: `不是有效的网站地址：${s.slice(0, 60)}` });
    return host ?? '';
  });

/** Hours of a case deadline: at most ten years. */
const Hours = z
  .number()
  .positive()
  .max(10 * 365 * 24);
const Id = z.string().regex(/^[a-z0-9-]{1,40}$/);

export const SettingsPatch = z
  .object({
    band: z.boolean(),
    fullPage: z.boolean(),
    mhtml: z.boolean(),
    pausedSites: z.array(Host).max(500),
    autoDeliveryMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
    manualDeliveryMinutes: z
      .number()
      .int()
      .min(1)
      .max(30 * 24 * 60),
    immediateGraceMinutes: z.number().int().min(1).max(120),
    profile: ProfileInput.nullable(),
    /** Replaces the overrides of the families it names; a family mapped to {} goes back to the defaults. */
    deadlineOverrides: z.record(Id, z.record(Id, Hours)),
  })
  .partial()
  .strict();
export type SettingsPatch = z.input<typeof SettingsPatch>;

/** The settings after a (validated) patch. */
export function applyPatch(current: SettingsT, patch: z.output<typeof SettingsPatch>): SettingsT {
  const { deadlineOverrides, pausedSites, ...rest } = patch;
  const next: SettingsT = { ...current, ...rest };
  if (pausedSites) next.pausedSites = [...new Set(pausedSites)].sort();
  if (deadlineOverrides) {
    const merged = { ...current.deadlineOverrides };
    for (const [family, rules] of Object.entries(deadlineOverrides)) {
      if (Object.keys(rules).length) merged[family] = rules;
      else delete merged[family];
    }
    next.deadlineOverrides = merged;
  }
  return Settings.parse(next);
}
