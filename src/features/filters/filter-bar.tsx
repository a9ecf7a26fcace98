import { useState } from 'react';
import { MultiSelect } from '@/components/ui/multi-select';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { formatPeriod } from '@/lib/format';
import { useLanguage } from '@/lib/i18n/language-store';
import { unitGroupsOf } from '@/lib/figure-policy/unit-groups';
import { pickLabel, useT } from '@/lib/i18n/translate';
import { addMonths, monthRange } from '@/lib/periods';
import type { Initiative } from '@/schemas/initiative';
import type { Unit } from '@/schemas/unit';
import { comparisons, resolveRange } from './filter-state';
import { useFilterActions, useFilters } from './filter-store';
import { CompareWithSelect, defaultCompareMonth } from './compare-with-select';
import { CopyLinkButton } from './copy-link-button';

type FilterBarProps = {
  units: Unit[];
  initiatives: Initiative[];
  bounds: { firstMonth: string; lastMonth: string };
  /** The view in words, shown beside the toggle on phones where the fields fold away. */
  summary: string;
};

/** A preset is the active one when the months it stands for are the months shown. */
function isActivePreset(
  preset: { from: string | null; to: string | null },
  range: { from: string; to: string },
  bounds: { firstMonth: string; lastMonth: string },
): boolean {
  const resolved = resolveRange(preset, bounds);
  return resolved.from === range.from && resolved.to === range.to;
}

export function FilterBar({ units, initiatives, bounds, summary }: FilterBarProps) {
  const [expanded, setExpanded] = useState(false);
  const t = useT();
  const language = useLanguage();
  const filters = useFilters();
  const actions = useFilterActions();
  const range = resolveRange(filters, bounds);
  const months = monthRange(bounds.firstMonth, bounds.lastMonth);
  const leagueCities = units.filter((unit) => unit.level === 'league-city');
  const parent = leagueCities.find((unit) => unit.id === filters.parent) ?? null;
  const counties = parent ? units.filter((unit) => unit.parentId === parent.id) : [];
  const presets = [
    { label: t('filters.last6'), from: addMonths(bounds.lastMonth, -5), to: null },
    { label: t('filters.last12'), from: null, to: null },
    { label: t('filters.thisYear'), from: `${bounds.lastMonth.slice(0, 4)}-01`, to: null },
    { label: t('filters.allMonths'), from: bounds.firstMonth, to: null },
  ];

  return (
    <section className="filter-bar" aria-label={t('filters.title')} data-expanded={expanded}>
      <div className="filter-bar__toggle">
        <button
          type="button"
          className="button"
          aria-expanded={expanded}
          aria-controls="filter-fields"
          onClick={() => setExpanded((value) => !value)}
        >
          {t('filters.title')}
        </button>
        <span className="filter-bar__summary">{summary}</span>
      </div>
      <div className="filter-bar__fields" id="filter-fields">
        <div className="unit-field">
          <MultiSelect
            label={
              parent
                ? `${pickLabel(language, parent.name, parent.nameEn)} · ${t('filters.counties')}`
                : t('filters.units')
            }
            allLabel={t(parent ? 'filters.allCounties' : 'filters.allUnits')}
            clearLabel={t(parent ? 'filters.allCounties' : 'filters.allUnits')}
            summarise={(count) =>
              t(parent ? 'filters.countiesSelected' : 'filters.unitsSelected', { count })
            }
            options={(parent ? counties : leagueCities).map((unit) => ({
              id: unit.id,
              label: pickLabel(language, unit.name, unit.nameEn),
            }))}
            // The unit groups (9 cities, 3 leagues, border units) are of the 盟市 level only.
            quickChoices={
              parent
                ? []
                : unitGroupsOf(leagueCities, language).map((group) => ({
                    label: group.label,
                    ids: group.ids,
                  }))
            }
            selected={filters.units}
            onChange={actions.unitsChosen}
          />
          <DrillControl units={units} parent={parent} />
        </div>
        <MultiSelect
          label={t('filters.initiatives')}
          allLabel={t('filters.allInitiatives')}
          clearLabel={t('filters.allInitiatives')}
          summarise={(count) => t('filters.initiativesSelected', { count })}
          options={initiatives.map((initiative) => ({
            id: initiative.id,
            label: pickLabel(language, initiative.name, initiative.nameEn),
          }))}
          selected={filters.initiatives}
          onChange={actions.initiativesChosen}
        />
        <div className="field period-field">
          <span className="field-label" aria-hidden="true">
            {t('filters.period')}
          </span>
          <div className="period-field__selects">
            <label className="visually-hidden" htmlFor="filter-from">
              {t('filters.from')}
            </label>
            <select
              id="filter-from"
              value={range.from}
              onChange={(event) => actions.periodChosen(event.target.value, filters.to)}
            >
              {months
                .filter((month) => month <= range.to)
                .map((month) => (
                  <option key={month} value={month}>
                    {formatPeriod(month, language)}
                  </option>
                ))}
            </select>
            <span aria-hidden="true">–</span>
            <label className="visually-hidden" htmlFor="filter-to">
              {t('filters.to')}
            </label>
            <select
              id="filter-to"
              value={range.to}
              onChange={(event) =>
                actions.periodChosen(filters.from ?? range.from, event.target.value)
              }
            >
              {months
                .filter((month) => month >= range.from)
                .map((month) => (
                  <option key={month} value={month}>
                    {formatPeriod(month, language)}
                  </option>
                ))}
            </select>
          </div>
          <div className="period-field__presets" role="group" aria-label={t('filters.presets')}>
            {presets.map((preset) => (
              <button
                key={preset.label}
                type="button"
                className="link-button period-field__preset"
                aria-pressed={isActivePreset(preset, range, bounds)}
                onClick={() => actions.periodChosen(preset.from, preset.to)}
              >
                {preset.label}
              </button>
            ))}
          </div>
        </div>
        <SegmentedControl
          label={t('filters.granularity')}
          options={[
            { value: 'month', label: t('filters.month') },
            { value: 'quarter', label: t('filters.quarter') },
          ]}
          value={filters.granularity}
          onChange={actions.granularityChosen}
        />
        <SegmentedControl
          label={t('filters.comparison')}
          options={comparisons.map((value) => ({ value, label: t(`filters.compare.${value}`) }))}
          value={filters.comparison}
          onChange={(mode) =>
            mode === 'period'
              ? actions.comparePeriodChosen(
                  filters.compareWith ?? defaultCompareMonth(range.to, bounds.firstMonth),
                )
              : actions.comparisonChosen(mode)
          }
        />
        <CompareWithSelect filters={filters} firstMonth={bounds.firstMonth} to={range.to} />
        <div className="filter-bar__actions">
          <button type="button" className="button" onClick={actions.filtersReset}>
            {t('filters.reset')}
          </button>
          <CopyLinkButton />
          <button
            type="button"
            className="button button--primary filter-bar__sheet-close"
            onClick={() => setExpanded(false)}
          >
            {t('filters.done')}
          </button>
        </div>
      </div>
    </section>
  );
}

/**
 * Down from one chosen 盟市 to its counties (旗县市区), and back up. Offered only where the data has
 * counties below the 盟市; a plain button, so Tab and Enter reach it like any other.
 */
function DrillControl({ units, parent }: { units: Unit[]; parent: Unit | null }) {
  const t = useT();
  const language = useLanguage();
  const filters = useFilters();
  const { drilledDown, drilledUp } = useFilterActions();
  if (parent) {
    const name = pickLabel(language, parent.name, parent.nameEn);
    return (
      <button type="button" className="link-button drill-control" onClick={drilledUp}>
        {t('filters.drillUp', { unit: name })}
      </button>
    );
  }
  const [only] = filters.units;
  const chosen =
    filters.units.length === 1
      ? units.find((unit) => unit.id === only && unit.level === 'league-city')
      : undefined;
  if (!chosen || !units.some((unit) => unit.parentId === chosen.id)) return null;
  return (
    <button
      type="button"
      className="link-button drill-control"
      onClick={() => drilledDown(chosen.id)}
    >
      {t('filters.drillDown')}
    </button>
  );
}
