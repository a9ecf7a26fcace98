import { CardError, StaleNotice } from '@/features/charts/card-states';
import { Sparkline } from '@/features/charts/sparkline';
import { comparisons, type ComparisonMode } from '@/features/filters/filter-state';
import { toneColors } from '@/lib/colors';
import { figureWording, type FigureWording } from '@/lib/figure-policy/wording';
import { pickLabel, useT } from '@/lib/i18n/translate';
import { useObservations } from '@/features/reports/api/get-observations';
import { describeChange } from '@/lib/format';
import { monthsOfPeriod } from '@/lib/periods';
import { useDashboardView, type DashboardView } from '../dashboard-view';
import { useFigures, type ShownFigure } from '../figures';
import { headlineIds } from '../report-layout';
import { ReportSection } from './report-section';

/** The headline figures, in the order officials ask for them (report-layout.ts). */
export function OverviewSection() {
  const t = useT();
  const view = useDashboardView();
  const { figures, isFetching, error, refetch } = useFigures(headlineIds);
  const compared = useComparedPeriod(headlineIds);

  return (
    <ReportSection headingId="overview-heading" title={t('section.overview')}>
      {figures && error && <StaleNotice error={error} onRetry={refetch} />}
      {!figures && error ? (
        <CardError error={error} onRetry={refetch} />
      ) : (
        <ul className="headline-grid" aria-busy={isFetching}>
          {figures
            ? figures.map((figure) => (
                <HeadlineTile
                  key={figure.indicator.id}
                  figure={figure}
                  view={view}
                  comparedValue={compared(figure.indicator.id)}
                />
              ))
            : headlineIds.map((id) => (
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

/** The chosen comparison first and standing out, then the others (an earlier period only when chosen). */
function comparisonLines(
  figure: ShownFigure,
  words: FigureWording,
  view: DashboardView,
  comparedValue: number | null,
  t: ReturnType<typeof useT>,
) {
  const chosen = view.filters.comparison;
  const line = (mode: ComparisonMode) =>
    mode === 'target'
      ? (words.judgement ??
        (figure.judgement.kind === 'none' && figure.indicator.targets.length === 0
          ? t('headline.noTarget')
          : null))
      : mode === 'period'
        ? view.comparePeriod === null
          ? null
          : (describeChange(
              figure.value,
              comparedValue,
              figure.indicator.unit,
              { period: view.describePeriod(view.comparePeriod) },
              view.language,
            ) ?? t('headline.noComparison', { comparison: t('filters.compare.period') }))
        : words[mode];
  const others = comparisons.filter((mode) => mode !== chosen && mode !== 'period');
  return [chosen, ...others].flatMap((mode, index) => {
    const text = line(mode);
    return text === null ? [] : [{ mode, text, chosen: index === 0 }];
  });
}

function HeadlineTile({
  figure,
  view,
  comparedValue,
}: {
  figure: ShownFigure;
  view: DashboardView;
  comparedValue: number | null;
}) {
  const t = useT();
  const { indicator } = figure;
  const words = figureWording(figure, view.language);
  const lines =
    figure.status === 'ok' ? comparisonLines(figure, words, view, comparedValue, t) : [];
  return (
    <li className={`headline headline--${figure.tone}`} data-indicator={indicator.id}>
      <p className="headline__name">{pickLabel(view.language, indicator.name, indicator.nameEn)}</p>
      <p className="headline__scope" data-scope>
        {words.scope}
      </p>
      <p className="headline__value">
        {words.value}
        {words.reading && figure.value !== null && (
          <span className="headline__reading"> {words.reading}</span>
        )}
      </p>
      <p className="headline__period">
        {figure.period ? view.describePeriod(figure.period) : t('status.noData')}
      </p>
      {words.coverage && (
        <p className="headline__coverage" data-coverage>
          {words.coverage}
        </p>
      )}
      <ul className="headline__changes">
        {lines.map((line) => (
          <li
            key={line.mode}
            className={`headline__change${line.chosen ? ' headline__change--chosen' : ''}`}
            data-comparison={line.mode}
          >
            {line.text}
          </li>
        ))}
        {words.upcomingTarget && <li className="headline__change">{words.upcomingTarget}</li>}
        {words.sinceTotal && (
          <li className="headline__change" data-since-total>
            {words.sinceTotal}
          </li>
        )}
        {words.remark && <li className="headline__change">{words.remark}</li>}
      </ul>
      {figure.series.filter((point) => point.value !== null).length > 1 && (
        <Sparkline
          points={figure.series.map(({ period, value }) => ({ period, value }))}
          color={toneColors[figure.tone]}
        />
      )}
    </li>
  );
}
