import { z } from 'zod';

/**
 * User settings (chrome.storage.local, key `settings`, versioned). Read with `parseSettings`, which fills
 * defaults, so an older or partly broken stored value never breaks the extension.
 */
export const Settings = z.object({
  version: z.literal(1).default(1),
  /** Burn URL / time / order number into screenshots. */
  band: z.boolean().default(true),
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

export function parseSettings(raw: unknown): Settings {
  const parsed = Settings.safeParse(raw ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
}

export async function loadSettings(area: LocalArea): Promise<Settings> {
  return parseSettings((await area.get('settings')).settings);
}
