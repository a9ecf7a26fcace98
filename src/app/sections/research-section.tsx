import { useCallback } from 'react';
import { ChartCard } from '@/features/charts/chart-card';
import type { FunnelStage } from '@/features/charts/funnel-chart';
import { FunnelChart } from '@/features/charts/lazy-charts';
import { latestReported } from '@/features/charts/selectors/series';
import { useObservations } from '@/features/reports/api/get-observations';
import { formatNumber } from '@/lib/format';
import { pickLabel, useT } from '@/lib/i18n/translate';
import { useDashboardView } from '../dashboard-view';
import { researchFunnelIds as funnelIds, sections } from '../report-layout';
import { ExportActions } from './export-actions';
import { LayoutSection } from './layout-section';

/** 调查研究: from problems found to experiences scaled up. */
export function ResearchSection() {
  return <LayoutSection layout={sections.research} />;
}

export function ResearchFunnelCard() {
  const t = useT();
  const view = useDashboardView();
  const query = useObservations({ ...view.baseParams, indicators: funnelIds, aggregate: true });
  // Stable while the language is, so that the chart is not drawn again for a new function.
  const shareLabel = useCallback(
    (share: number) =>
      t('card.shareOfProblems', { share: formatNumber(share * 100, view.language, 1) }),
    [t, view.language],
  );
  const stages: FunnelStage[] = [];
  if (query.data) {
    let first: number | null = null;
    for (const id of funnelIds) {
      const indicator = view.indicator(id);
      const value =
        latestReported(query.data.points, id, query.data.periods).get('all')?.value ?? null;
      if (!indicator || value === null) continue;
      first ??= value;
      stages.push({
        key: id,
        label: pickLabel(view.language, indicator.name, indicator.nameEn),
        value,
        share: stages.length === 0 || !first ? null : value / first,
      });
    }
  }
  const title = t('card.researchFunnel');
  return (
    <ChartCard
      id="research-funnel"
      title={title}
      subtitle={t('card.combinedHint', { summary: view.filterSummary })}
      definition={t('card.researchFunnelDefinition')}
      query={query}
      isEmpty={stages.length === 0}
      table={
        query.data
          ? {
              caption: title,
              columns: [
                { key: 'stage', label: t('table.stage') },
                { key: 'value', label: t('table.value') },
                { key: 'share', label: t('table.shareOfFirst'), unit: '%' },
              ],
              rows: stages.map((stage) => ({
                stage: stage.label,
                value: stage.value,
                share: stage.share === null ? null : Math.round(stage.share * 1000) / 10,
              })),
            }
          : null
      }
      actions={(context) => <ExportActions context={context} />}
    >
      <FunnelChart stages={stages} shareLabel={shareLabel} />
    </ChartCard>
  );
}
