import { z } from '@/schemas/zod';

/*
 * What heads a 简报 besides its figures: the masthead, the issue (第X期), who issues it and when,
 * and who it goes to. The user edits them before each export; they are remembered on this machine,
 * and whatever is stored is read field by field, so one bad field never costs the others.
 */

export const BRIEFING_SETTINGS_KEY = 'dashboard.briefing';

const text = (max: number, min = 0) =>
  z.string().check(z.trim(), z.maxLength(max), ...(min > 0 ? [z.minLength(min)] : []));

export const briefingSettingsSchema = z.object({
  /** 报头, e.g. "工作简报". */
  masthead: text(40, 1),
  /** 期号: the number in 第X期, as written ("12", "增刊1"). */
  issue: text(20, 1),
  /** 编发单位. */
  issuer: text(60, 1),
  date: z.iso.date(),
  /** 报送 and 抄送: who receives it; empty leaves the line out. */
  sendTo: text(200),
  copyTo: text(200),
});
export type BriefingSettings = z.infer<typeof briefingSettingsSchema>;

const fields = Object.keys(briefingSettingsSchema.shape) as Array<keyof BriefingSettings>;

/** The stored settings over the defaults, each stored field used only if it is valid. */
export function loadBriefingSettings(
  defaults: BriefingSettings,
  storage: Storage | undefined = globalThis.localStorage,
): BriefingSettings {
  let raw: unknown;
  try {
    raw = JSON.parse(storage?.getItem(BRIEFING_SETTINGS_KEY) ?? 'null');
  } catch {
    return defaults;
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return defaults;
  const stored = raw as Record<string, unknown>;
  const settings = { ...defaults };
  for (const field of fields) {
    const parsed = briefingSettingsSchema.shape[field].safeParse(stored[field]);
    if (parsed.success) settings[field] = parsed.data;
  }
  return settings;
}

export function saveBriefingSettings(
  settings: BriefingSettings,
  storage: Storage | undefined = globalThis.localStorage,
) {
  try {
    storage?.setItem(BRIEFING_SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Full or blocked storage only costs the memory of the settings, never the export.
  }
}
