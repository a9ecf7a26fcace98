/*
 * File names that say what is inside and when: title_units_period.ext, for example
 * 信访积案化解_鄂尔多斯市_2024-01至2024-06.png or Case-resolution_Ordos_2024-01-to-2024-06.png.
 *
 * Rules, the same in both languages:
 * - parts are joined by "_"; inside a part, whitespace becomes "-", so that a name never needs
 *   quoting on a command line or in a mail client;
 * - characters that Windows or macOS refuse (\ / : * ? " < > |) become "-"; control and
 *   invisible format characters (a right-to-left override could disguise the extension) go;
 * - one or two units are named, more are counted ("3个盟市" / "3-units"), none or all is the region;
 * - at most 120 characters and 240 UTF-8 bytes with the extension (ext4 allows 255 bytes, and a
 *   Chinese character takes three); the title is shortened first, then units, never the extension.
 */

import { levelWords, type ShownLevel } from '@/lib/i18n/translate';

type Language = 'zh-CN' | 'en';

export type ExportFileNameInput = {
  title: string;
  /** Display names of the selected units; empty means the whole region. */
  units: string[];
  /** True when every unit is selected, which reads as the whole region. */
  allUnits?: boolean;
  /** The level of the units counted ("3个旗县市区"): 盟市 unless drilled down to counties. */
  level?: ShownLevel;
  /** Periods as "2024-01" or "2024-Q1". */
  from?: string;
  to?: string;
  extension: string;
  language?: Language;
  /** The date named when there is no period; defaults to today. */
  now?: Date;
  maxLength?: number;
};

const MAX_BYTES = 240;
const ELLIPSIS = '…';

// prettier-ignore
const words = {
  'zh-CN': { region: '全区', units: (count: number, level: ShownLevel) => `${count}个${levelWords('zh-CN', level).level}`, range: '至', fallback: '图表' },
  en: { region: 'Region', units: (count: number, level: ShownLevel) => `${count}-${levelWords('en', level).level}`, range: '-to-', fallback: 'chart' },
} as const;

const ILLEGAL = /[\\/:*?"<>|]/g;
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/** Makes one part of a name safe: no illegal, control or format characters, no loose ends. */
export function sanitiseFileNamePart(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\p{Z}]+/gu, '-')
    .replace(INVISIBLE, '')
    .replace(ILLEGAL, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '');
}

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

function unitSummary(input: ExportFileNameInput, language: Language): string {
  const names = input.units.map(sanitiseFileNamePart).filter(Boolean);
  if (input.allUnits || names.length === 0) return words[language].region;
  if (names.length <= 2) return names.join(language === 'en' ? '+' : '、');
  return words[language].units(names.length, input.level ?? 'league-city');
}

function periodPart(input: ExportFileNameInput, language: Language): string {
  const from = sanitiseFileNamePart(input.from ?? '');
  const to = sanitiseFileNamePart(input.to ?? '');
  if (from && to) return from === to ? from : `${from}${words[language].range}${to}`;
  if (from || to) return from || to;
  const now = input.now ?? new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function exportFileName(input: ExportFileNameInput): string {
  const language = input.language ?? 'zh-CN';
  const extension = input.extension.replace(/^\./, '').toLowerCase();
  if (!/^[a-z0-9]{1,10}$/.test(extension)) {
    throw new RangeError(`Invalid file extension: ${input.extension}`);
  }
  const maxLength = Math.max(input.maxLength ?? 120, 24);
  const parts = {
    title: sanitiseFileNamePart(input.title) || words[language].fallback,
    units: unitSummary(input, language),
    period: periodPart(input, language),
  };
  // Never empty: the unit summary always names something, so a stem like "CON" (a Windows device
  // name) cannot occur, and the name never starts with a dot.
  const compose = () =>
    `${[parts.title, parts.units, parts.period].filter(Boolean).join('_')}.${extension}`;
  const fits = () => {
    const name = compose();
    return [...name].length <= maxLength && utf8Length(name) <= MAX_BYTES;
  };
  for (const key of ['title', 'units', 'period'] as const) {
    if (fits()) break;
    const characters = [...parts[key]];
    for (let keep = characters.length - 1; keep >= 0; keep -= 1) {
      const kept = characters
        .slice(0, keep)
        .join('')
        .replace(/[-._、+]+$/, '');
      parts[key] = kept ? kept + ELLIPSIS : '';
      if (fits()) break;
    }
  }
  return compose();
}
