import { useState } from 'react';
import { CaseResolutionChart } from '@/features/charts/lazy-charts';
import { ChartCard } from '@/features/charts/chart-card';
import { MAX_DRAWN_UNITS, UNITS_EACH_END } from '@/features/charts/many-units';
import { ManyUnitsToggle } from '@/features/charts/many-units-toggle';
import {
  caseResolutionRanking,
  sharedTarget,
  type CaseResolutionRow,
} from '@/features/charts/selectors/ranking';
import { caseResolutionTable } from '@/features/charts/selectors/tables';
import { useObservations } from '@/features/reports/api/get-observations';
import { nextTarget } from '@/lib/figure-policy/targets';
import { targetWording } from '@/lib/figure-policy/wording';
import { listWithRest, measureUnitName } from '@/lib/format';
import type { Language } from '@/lib/i18n/language-store';
import { pickLabel, type Translate } from '@/lib/i18n/translate';
import { useDashboardView, useViewT } from '../dashboard-view';
import { backlogIds, sections } from '../report-layout';
import { ExportActions } from './export-actions';
import { LayoutSection } from './layout-section';
import { lateHint, rankingLabels, toneLegend, useUnitCrossFilter } from './unit-ranking-card';

/** 涉法涉诉信访积案化解: the backlog campaign. */
export function CaseResolutionSection() {
  return <LayoutSection layout={sections.caseResolution} />;
}

/** "3个盟市未达阶段目标55%（2024年6月）：…", or for one unit, its own standing. */
function standingText(
  t: Translate,
  rows: CaseResolutionRow[],
  wholeRegion: boolean,
  language: Language,
) {
  const judged = rows.filter((row) => row.value !== null && row.targetLabel !== null);
  // Only figures can meet a target: with none loaded, the card claims nothing.
  if (judged.length === 0) return null;
  if (judged.length === 1 && judged[0])
    return t('card.unitStanding', {
      unit: judged[0].label,
      judgement: `${judged[0].verdict}（${judged[0].targetLabel}）`,
    });
  const counts = new Map<string, number>();
  for (const row of judged)
    counts.set(row.targetLabel as string, (counts.get(row.targetLabel as string) ?? 0) + 1);
  const target = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const behind = judged.filter((row) => row.tone === 'worse');
  return behind.length > 0
    ? t('card.behindTargetOf', {
        count: behind.length,
        target,
        units: listWithRest(
          behind.map((row) => row.label),
          language,
          5,
        ),
      })
    : t('card.allMeetTarget', {
        who: wholeRegion
          ? t('policy.allUnitsShort')
          : t('policy.selectedUnits', { count: judged.length }),
        target,
      });
}

export function CaseRankingCard() {
  const t = useViewT();
  const view = useDashboardView();
  const onUnitClick = useUnitCrossFilter();
  const [showAll, setShowAll] = useState(false);
  const rate = view.indicator(backlogIds.rate);
  const query = useObservations({
    ...view.baseParams,
    indicators: [backlogIds.assigned, backlogIds.resolved, backlogIds.rate],
  });
  if (!rate) return null;
  const rows = query.data
    ? caseResolutionRanking(
        query.data.points,
        { rate, assignedId: backlogIds.assigned, resolvedId: backlogIds.resolved },
        // Figures kept on screen from earlier filters are read with the units they were asked for.
        view.unitsOf(query.data.units),
        query.data.periods,
        view.language,
      )
    : [];
  const lastPeriod =
    rows.find((row) => row.period !== null && !row.late)?.period ?? view.periods.at(-1);
  const upcoming = lastPeriod ? nextTarget(rate, lastPeriod, 'all') : null;
  const drawnCount = rows.filter((row) => row.value !== null).length;
  const target = sharedTarget(rows, rate, view.language);
  const title = t('card.caseRanking');
  const subtitle = [
    t('chart.directionOnly', {
      direction: t(`direction.${rate.direction}`),
      unit: measureUnitName(rate.unit, view.language),
    }),
    standingText(t, rows, view.showsAllUnits, view.language),
    upcoming ? targetWording(upcoming, rate.unit, view.language) : null,
    lateHint(t, rows, view),
    drawnCount > MAX_DRAWN_UNITS && !showAll
      ? t('chart.topAndBottom', { count: UNITS_EACH_END, total: drawnCount })
      : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <ChartCard
      id="case-ranking"
      title={title}
      hint={view.units.length > 1 ? t('card.barClickHint') : undefined}
      subtitle={subtitle}
      definition={pickLabel(view.language, rate.definition, rate.definitionEn)}
      legend={toneLegend(t, rate, target !== null, rows)}
      query={query}
      isEmpty={rows.every((row) => row.value === null)}
      table={
        query.data
          ? caseResolutionTable(
              title,
              rows,
              {
                ...rankingLabels(t, pickLabel(view.language, rate.name, rate.nameEn)),
                assigned: t('legend.assigned'),
                resolved: t('legend.resolved'),
                unresolved: t('legend.unresolved'),
              },
              view.describePeriod,
            )
          : null
      }
      onUnitSelect={onUnitClick}
      unitSelectLabel={t('card.filterByUnit')}
      actions={(context) => <ExportActions context={context} />}
      footer={<ManyUnitsToggle count={drawnCount} showAll={showAll} onChange={setShowAll} />}
      wide
    >
      <CaseResolutionChart
        rows={rows}
        rateName={pickLabel(view.language, rate.name, rate.nameEn)}
        showAll={showAll}
        target={target?.value ?? null}
        targetLabel={target?.label}
        onUnitClick={onUnitClick}
      />
    </ChartCard>
  );
}
