import type { Indicator } from '@/schemas/indicator';
import type { Unit } from '@/schemas/unit';
import { toHalfWidth } from './values';

/** What an import is checked against: the units and indicators of the dataset it goes into. */
export type Catalogue = { units: Unit[]; indicators: Indicator[] };

/**
 * Figures are reported, and templates filled, per 盟市: the region's are the 盟市 combined, and the
 * counties' (旗县市区) come with the dataset, their sum being their 盟市's, so a county figure
 * imported alone would leave its 盟市 contradicting it.
 */
export const reportsFigures = (unit: Unit) => unit.level === 'league-city';

export const normaliseName = (text: string) =>
  toHalfWidth(text).replace(/\s+/g, '').replace(/[“”"]/g, '"').toLowerCase();

/** Headers and name cells in templates carry the measure unit: "积案化解率（%）". */
const withoutTrailingUnit = (text: string) => text.replace(/[(（][^()（）]*[)）]$/, '');

export type CatalogueLookup = {
  unit: (text: string) => Unit | undefined;
  indicator: (text: string) => Indicator | undefined;
  unitNames: string[];
  indicatorNames: string[];
  /** Units that report figures: the 盟市 (see reportsFigures). */
  reportingUnits: Unit[];
};

export function catalogueLookup(catalogue: Catalogue): CatalogueLookup {
  const reportingUnits = catalogue.units.filter(reportsFigures);
  const units = new Map<string, Unit>();
  for (const unit of catalogue.units)
    for (const key of [unit.id, unit.name, unit.nameEn]) units.set(normaliseName(key), unit);
  const indicators = new Map<string, Indicator>();
  for (const indicator of catalogue.indicators)
    for (const key of [indicator.id, indicator.name, indicator.nameEn])
      indicators.set(normaliseName(key), indicator);
  // The same few names come on every row: each is normalised once.
  const cached = <T>(map: Map<string, T>) => {
    const seen = new Map<string, T | undefined>();
    return (text: string) => {
      if (seen.has(text)) return seen.get(text);
      const key = normaliseName(text);
      const found = map.get(key) ?? map.get(withoutTrailingUnit(key));
      if (seen.size < 100_000) seen.set(text, found);
      return found;
    };
  };
  return {
    unit: cached(units),
    indicator: cached(indicators),
    unitNames: reportingUnits.map((unit) => unit.name),
    indicatorNames: catalogue.indicators.map((indicator) => indicator.name),
    reportingUnits,
  };
}
