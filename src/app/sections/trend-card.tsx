import { ChartCard } from '@/features/charts/chart-card';
import { trendRows } from '@/features/charts/selectors/series';
import { coverageByPeriod, trendTable } from '@/features/charts/selectors/tables';
import { targetInForce } from '@/features/charts/selectors/targets';
import { TrendChart, type TrendSeries } from '@/features/charts/trend-chart';
import { useObservations } from '@/features/reports/api/get-observations';
import { seriesColor, targetColor } from '@/lib/colors';
import { pickLabel, useT } from '@/lib/i18n/translate';
import type { Indicator } from '@/schemas/indicator';
import { useDashboardView } from '../dashboard-view';
import { ExportActions } from './export-actions';

type TrendCardProps = {
  id: string;
  title: string;
  indicatorIds: string[];
  chartType?: 'line' | 'bar';
  wide?: boolean;
};

/** Indicators of one measure unit over time, combined across the selected units, with their target path. */
export function TrendCard({ id, title, indicatorIds, chartType = 'line', wide }: TrendCardProps) {
  const t = useT();
  const view = useDashboardView();
  const query = useObservations({ ...view.baseParams, indicators: indicatorIds, aggregate: true });
  const indicators = indicatorIds
    .map((indicatorId) => view.indicator(indicatorId))
    .filter((item): item is Indicator => item !== undefined);
  const first = indicators[0];
  if (!first) return null;
  const label = (indicator: Indicator) =>
    pickLabel(view.language, indicator.name, indicator.nameEn);
  const series: TrendSeries[] = indicators.map((indicator, index) => ({
    key: indicator.id,
    label: label(indicator),
    color: seriesColor(index),
    type: chartType,
  }));
  const rows = query.data
    ? trendRows(
        query.data.points,
        indicators.map((indicator) => ({ key: indicator.id, indicatorId: indicator.id })),
        query.data.periods,
      )
    : [];
  // One target path per chart, for a single indicator with targets: two paths would be unreadable.
  const withTarget = indicators.length === 1 && first.targets.length > 0;
  if (withTarget) {
    for (const row of rows) row.target = targetInForce(first, row.period, 'all');
    series.push({
      key: 'target',
      label: t('legend.targetPath'),
      color: targetColor,
      type: 'line',
      target: true,
    });
  }
  const isEmpty = rows.every((row) => indicators.every((indicator) => row[indicator.id] === null));
  return (
    <ChartCard
      id={id}
      title={title}
      subtitle={t('card.combinedHint', { summary: view.filterSummary })}
      definition={indicators
        .map(
          (indicator) =>
            `${label(indicator)}${view.language === 'en' ? ': ' : '：'}${pickLabel(view.language, indicator.definition, indicator.definitionEn)}`,
        )
        .join('\n')}
      legend={series.map((item) => ({
        label: item.label,
        color: item.color,
        shape: item.target ? 'dash' : item.type === 'bar' ? 'bar' : 'line',
      }))}
      query={query}
      isEmpty={isEmpty}
      table={
        query.data
          ? trendTable(title, rows, series, t('table.period'), first.unit, view.describePeriod, {
              label: t('table.coverage'),
              byPeriod: coverageByPeriod(query.data.points, first.id),
            })
          : null
      }
      actions={(context) => <ExportActions context={context} />}
      wide={wide}
    >
      <TrendChart rows={rows} series={series} unit={first.unit} />
    </ChartCard>
  );
}
