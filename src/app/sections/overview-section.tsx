import { CardError, StaleNotice } from '@/features/charts/card-states';
import { Sparkline } from '@/features/charts/sparkline';
import { comparisons, type ComparisonMode } from '@/features/filters/filter-state';
import { toneColors } from '@/lib/colors';
import { figureWording, type FigureWording } from '@/lib/figure-policy/wording';
import { pickLabel, useT } from '@/lib/i18n/translate';
import { useDashboardView, type DashboardView } from '../dashboard-view';
import { useFigures, type ShownFigure } from '../figures';
import { headlineIds } from '../report-layout';
import { ReportSection } from './report-section';

/** The headline figures, in the order officials ask for them (report-layout.ts). */
export function OverviewSection() {
  const t = useT();
  const view = useDashboardView();
  const { figures, isFetching, error, refetch } = useFigures(headlineIds);

  return (
    <ReportSection headingId="overview-heading" title={t('section.overview')}>
      {figures && error && <StaleNotice error={error} onRetry={refetch} />}
      {!figures && error ? (
        <CardError error={error} onRetry={refetch} />
      ) : (
        <ul className="headline-grid" aria-busy={isFetching}>
          {figures
            ? figures.map((figure) => (
                <HeadlineTile key={figure.indicator.id} figure={figure} view={view} />
              ))
            : headlineIds.map((id) => (
                <li key={id} className="headline headline--loading" aria-hidden="true" />
              ))}
        </ul>
      )}
    </ReportSection>
  );
}

/** The chosen comparison first and standing out, then the others (a picked period only when chosen). */
function comparisonLines(
  figure: ShownFigure,
  words: FigureWording,
  chosen: ComparisonMode,
  t: ReturnType<typeof useT>,
) {
  const line = (mode: ComparisonMode) =>
    mode === 'target'
      ? (words.judgement ??
        (figure.judgement.kind === 'none' && figure.indicator.targets.length === 0
          ? t('headline.noTarget')
          : null))
      : words[mode];
  const others = comparisons.filter((mode) => mode !== chosen && mode !== 'period');
  return [chosen, ...others].flatMap((mode, index) => {
    const text = line(mode);
    return text === null ? [] : [{ mode, text, chosen: index === 0 }];
  });
}

function HeadlineTile({ figure, view }: { figure: ShownFigure; view: DashboardView }) {
  const t = useT();
  const { indicator } = figure;
  const words = figureWording(figure, view.language);
  const lines =
    figure.status === 'ok' ? comparisonLines(figure, words, view.filters.comparison, t) : [];
  // The next target, unless the judgement line already names it ("达标：年底目标90%…").
  const upcomingTarget =
    words.upcomingTarget && !lines.some((line) => line.text.includes(words.upcomingTarget ?? ''))
      ? words.upcomingTarget
      : null;
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
        {upcomingTarget && <li className="headline__change">{upcomingTarget}</li>}
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
