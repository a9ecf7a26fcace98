import { useState } from 'react';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { scopeOf } from '@/lib/figure-policy/figure-policy';
import { pickLabel } from '@/lib/i18n/translate';
import { useDashboardView } from '../dashboard-view';
import { sections } from '../report-layout';
import { LayoutSection } from './layout-section';
import { UnitRankingCard } from './unit-ranking-card';

/** 一网通办 / 智治支撑: the e-service improvement rates. */
export function EServiceSection() {
  return <LayoutSection layout={sections.eService} />;
}

/**
 * One ranking card with a choice among several indicators. A ranking needs several units: for
 * indicators that are one unit's (the smart-governance city's rates), the trend says it all.
 */
export function ChoiceRankingCard({
  label,
  indicatorIds,
}: {
  label: string;
  indicatorIds: string[];
}) {
  const view = useDashboardView();
  const [chosen, setChosen] = useState(indicatorIds[0] ?? '');
  const indicator = view.indicator(chosen);
  if (!indicator || scopeOf(indicator, view.units).length < 2) return null;
  return (
    <div className="card-stack">
      <SegmentedControl
        label={label}
        options={indicatorIds.map((id) => {
          const option = view.indicator(id);
          return {
            value: id,
            label: option ? pickLabel(view.language, option.name, option.nameEn) : id,
          };
        })}
        value={chosen}
        onChange={setChosen}
      />
      <UnitRankingCard key={chosen} indicatorId={chosen} />
    </div>
  );
}
