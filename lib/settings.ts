import { z } from 'zod';

export const SETTINGS_VERSION = 2;

/**
 * User settings (chrome.storage.local, key `settings`, versioned). Read with `parseSettings`, which fills
 * defaults field by field, so an older or partly broken stored value never breaks the extension. Written only
 * by the background (lib/settings/store.ts, `save-settings` / `pause-site` messages).
 */
export const Settings = z.object({
  /** 1: band, promises, profile, deadline overrides. 2: + pausedSites, fullPage, mhtml. */
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  /** Burn URL / time / order number into screenshots. */
  band: z.boolean().default(true),
  /** When card keys appear, capture the whole page (the key area is often below the fold); off: the viewport. */
  fullPage: z.boolean().default(true),
  /** Keep an MHTML archive (Chrome's pageCapture) next to every automatic order capture. */
  mhtml: z.boolean().default(false),
  /** Hosts where CardShield does nothing automatically: no extraction, no capture (lib/settings/sites.ts). */
  pausedSites: z.array(z.string().min(1).max(260)).max(500).default([]),
  /** Promise assumed for 自动发货 orders whose page states none (minutes). */
  autoDeliveryMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(10),
  /** Promise assumed for manual delivery / 直充 orders whose page states none (minutes; platform rule default). */
  manualDeliveryMinutes: z
    .number()
    .int()
    .min(1)
    .max(30 * 24 * 60)
    .default(24 * 60),
  /** "付款后立即发货": how long "immediately" may take before it counts as late (minutes). */
  immediateGraceMinutes: z.number().int().min(1).max(120).default(5),
  /** The buyer's contact details for complaint forms (issue #7); only ever typed into forms the buyer asked to fill. */
  profile: z
    .object({
      qq: z.string().max(20).nullable().default(null),
      phone: z.string().max(20).nullable().default(null),
      email: z.string().max(100).nullable().default(null),
    })
    .nullable()
    .default(null),
  /** Per-platform-family overrides of the case deadlines (hours), keyed by rule id. */
  deadlineOverrides: z.record(z.string(), z.record(z.string(), z.number().positive())).default({}),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

type Field = keyof Settings;

/**
 * Stored settings → current settings. Each field is parsed on its own: a field that no longer validates falls
 * back to its default and the others are kept (version 1 values simply lack the version-2 fields).
 */
export function parseSettings(raw: unknown): Settings {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return DEFAULT_SETTINGS;
  const stored = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of Object.keys(Settings.shape) as Field[]) {
    if (field === 'version') continue;
    const parsed = Settings.shape[field].safeParse(stored[field]);
    out[field] = parsed.success ? parsed.data : DEFAULT_SETTINGS[field];
  }
  return { ...(out as Settings), version: SETTINGS_VERSION };
}

export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
}

export async function loadSettings(area: LocalArea): Promise<Settings> {
  return parseSettings((await area.get('settings')).settings);
}
