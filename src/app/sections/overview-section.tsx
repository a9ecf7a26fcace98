import { CardError, StaleNotice } from '@/features/charts/card-states';
import { headlineOf, type Headline } from '@/features/charts/selectors/headline';
import { Sparkline } from '@/features/charts/sparkline';
import { useObservations } from '@/features/reports/api/get-observations';
import { toneColors } from '@/lib/colors';
import { describeAgainstTarget, describeChange, formatValue } from '@/lib/format';
import { pickLabel, useT } from '@/lib/i18n/translate';
import { monthsOfPeriod } from '@/lib/periods';
import { comparisons, type ComparisonMode } from '@/features/filters/filter-state';
import {
  shownPeriods,
  useDashboardView,
  withYearBefore,
  type DashboardView,
} from '../dashboard-view';
import { ReportSection } from './report-section';

/** The headline figures, in the order officials ask for them. */
export const headlineIndicatorIds = [
  'backlog-resolution-rate',
  'backlog-resolved',
  'disputes-diverted',
  'new-court-cases-yoy',
  'online-items-increase',
] as const;

export function OverviewSection() {
  const t = useT();
  const view = useDashboardView();
  const query = useObservations({
    ...withYearBefore(view.baseParams),
    indicators: headlineIndicatorIds,
    aggregate: true,
  });
  const compared = useComparedPeriod(headlineIndicatorIds);
  const headlines = query.data
    ? headlineIndicatorIds.flatMap((id) => {
        const indicator = view.indicator(id);
        return indicator
          ? [headlineOf(query.data.points, indicator, shownPeriods(query.data.periods))]
          : [];
      })
    : null;

  return (
    <ReportSection headingId="overview-heading" title={t('section.overview')}>
      {headlines && query.isError && <StaleNotice error={query.error} onRetry={query.refetch} />}
      {!headlines && query.isError ? (
        <CardError error={query.error} onRetry={query.refetch} />
      ) : (
        <ul className="headline-grid" aria-busy={query.isFetching}>
          {headlines
            ? headlines.map((headline) => (
                <HeadlineTile
                  key={headline.indicator.id}
                  headline={headline}
                  view={view}
                  comparedValue={compared(headline.indicator.id)}
                />
              ))
            : headlineIndicatorIds.map((id) => (
                <li key={id} className="headline headline--loading" aria-hidden="true" />
              ))}
        </ul>
      )}
    </ReportSection>
  );
}

/**
 * The combined value of each indicator in the period the reader chose to compare with (对比某期),
 * asked for on its own so that the cards' ranges stay as they are.
 */
export function useComparedPeriod(indicatorIds: readonly string[]) {
  const view = useDashboardView();
  const period = view.comparePeriod;
  const months = period ? monthsOfPeriod(period) : null;
  const query = useObservations(
    {
      ...view.baseParams,
      from: months?.from ?? view.from,
      to: months?.to ?? view.to,
      indicators: indicatorIds,
      aggregate: true,
    },
    { enabled: period !== null },
  );
  return (indicatorId: string): number | null => {
    if (period === null) return null;
    const point = query.data?.points.find(
      (candidate) => candidate.indicatorId === indicatorId && candidate.period === period,
    );
    return point?.value ?? null;
  };
}

function HeadlineTile({
  headline,
  view,
  comparedValue,
}: {
  headline: Headline;
  view: DashboardView;
  comparedValue: number | null;
}) {
  const t = useT();
  const { indicator, value, period, target } = headline;
  const language = view.language;
  // Both 同比 and 环比 are always given; the chosen comparison comes first and stands out.
  const lines: Record<ComparisonMode, string | null> = {
    yoy: describeChange(value, headline.yearAgo, indicator.unit, 'yoy', language),
    mom: describeChange(value, headline.previous, indicator.unit, 'mom', language),
    target: target === null ? null : describeAgainstTarget(value, target, indicator.unit, language),
    period:
      view.comparePeriod === null
        ? null
        : describeChange(
            value,
            comparedValue,
            indicator.unit,
            { period: view.describePeriod(view.comparePeriod) },
            language,
          ),
  };
  // The period compared with is shown only when chosen; the others always are.
  const order = [
    view.filters.comparison,
    ...comparisons.filter((mode) => mode !== view.filters.comparison && mode !== 'period'),
  ];
  return (
    <li className={`headline headline--${headline.tone}`} data-indicator={indicator.id}>
      <p className="headline__name">{pickLabel(language, indicator.name, indicator.nameEn)}</p>
      <p className="headline__value">
        {formatValue(value, indicator.unit, language, { signed: indicator.kind === 'change' })}
      </p>
      <p className="headline__period">
        {period ? view.describePeriod(period) : t('status.noData')}
      </p>
      <ul className="headline__changes">
        {order.map((mode, index) => {
          if (mode === 'target' && target === null)
            return index === 0 ? (
              <li key={mode} className="headline__change headline__change--chosen">
                {t('headline.noTarget')}
              </li>
            ) : null;
          return (
            <li
              key={mode}
              className={`headline__change${index === 0 ? ' headline__change--chosen' : ''}`}
              data-comparison={mode}
            >
              {lines[mode] ??
                t('headline.noComparison', { comparison: t(`filters.compare.${mode}`) })}
            </li>
          );
        })}
      </ul>
      <Sparkline
        points={headline.sparkline}
        color={toneColors[headline.tone === 'neutral' ? 'better' : headline.tone]}
      />
    </li>
  );
}
