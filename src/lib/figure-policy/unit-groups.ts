import type { Language } from '@/lib/i18n/language-store';
import { translate } from '@/lib/i18n/translate';
import type { Unit } from '@/schemas/unit';

/*
 * Quick groups of units, from the units' own attributes (kind, border): "9个市", "3个盟", "边境盟市".
 * No count is written anywhere: a dataset of 5 units or 40 gets its own.
 */

export type UnitGroup = { id: 'cities' | 'leagues' | 'border'; label: string; ids: string[] };

/** The groups that say something: neither empty nor the same as every unit. */
export function unitGroupsOf(units: readonly Unit[], language: Language): UnitGroup[] {
  const groups: Array<Omit<UnitGroup, 'label'>> = [
    { id: 'cities', ids: units.filter((unit) => unit.kind === 'city').map((unit) => unit.id) },
    { id: 'leagues', ids: units.filter((unit) => unit.kind === 'league').map((unit) => unit.id) },
    { id: 'border', ids: units.filter((unit) => unit.border).map((unit) => unit.id) },
  ];
  return groups
    .filter((group) => group.ids.length > 0 && group.ids.length < units.length)
    .map((group) => ({
      ...group,
      label: translate(language, `policy.group.${group.id}`, { count: group.ids.length }),
    }));
}
