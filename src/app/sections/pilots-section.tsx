import { CardError, StaleNotice } from '@/features/charts/card-states';
import { headlineOf } from '@/features/charts/selectors/headline';
import { useObservations } from '@/features/reports/api/get-observations';
import { describeChange, formatValue, listWithRest } from '@/lib/format';
import { pickLabel, useT } from '@/lib/i18n/translate';
import type { Initiative } from '@/schemas/initiative';
import { shownPeriods, useDashboardView, withYearBefore } from '../dashboard-view';
import { ReportSection } from './report-section';

/** Each brand's headline indicators; the border brand counts every border unit. */
const brandIndicators: Record<string, string[]> = {
  'moral-governance': [
    'convention-revision-rate',
    'family-education-stations',
    'hero-squads',
    'leifeng-squads',
  ],
  'service-satisfaction': [
    'power-items-listed',
    'items-delegated',
    'cross-city-items',
    'mobile-items',
    'processing-time-cut',
  ],
  'dispute-diversion': ['disputes-diverted', 'new-court-cases-yoy', 'closure-rate-change'],
  'smart-governance': ['online-items-increase', 'fully-online-rate', 'time-limit-compression'],
  'border-governance': ['border-villages-covered'],
};

/** 市域社会治理现代化试点: one card per city brand. */
export function PilotsSection() {
  const t = useT();
  const view = useDashboardView();
  const brands = view.initiatives.filter(
    (initiative) => initiative.brand && view.showsInitiative(initiative.id),
  );
  if (brands.length === 0) return null;
  const owners = new Set(view.initiatives.map((initiative) => initiative.ownerUnitId));
  const withoutBrand = view.units.filter((unit) => !owners.has(unit.id));
  // A view of some units shows their brands only, not cards for brands of cities left out.
  const shownIds = new Set(view.units.map((unit) => unit.id));
  const shownBrands =
    view.filters.units.length === 0
      ? brands
      : brands.filter((brand) =>
          brand.id === 'border-governance'
            ? view.units.some((unit) => unit.border)
            : brand.ownerUnitId !== null && shownIds.has(brand.ownerUnitId),
        );
  return (
    <ReportSection headingId="pilots-heading" title={t('section.pilots')}>
      {shownBrands.length > 0 ? (
        <div className="brand-grid">
          {shownBrands.map((brand) => (
            <BrandCard key={brand.id} brand={brand} />
          ))}
        </div>
      ) : (
        <p className="card card-empty" data-card="pilots-none">
          {t('pilots.noBrand', {
            units: listWithRest(
              view.unitLabels.map((unit) => unit.label),
              view.language,
            ),
          })}
        </p>
      )}
      {withoutBrand.length > 0 && shownBrands.length > 0 && (
        <p className="section-note">
          {t('pilots.withoutBrand', {
            units: withoutBrand
              .map((unit) => pickLabel(view.language, unit.name, unit.nameEn))
              .join(view.language === 'en' ? ', ' : '、'),
          })}
        </p>
      )}
    </ReportSection>
  );
}

function BrandCard({ brand }: { brand: Initiative }) {
  const t = useT();
  const view = useDashboardView();
  const indicatorIds = brandIndicators[brand.id] ?? [];
  const border = brand.id === 'border-governance';
  const units = border
    ? view.units.filter((unit) => unit.border)
    : view.units.filter((unit) => unit.id === brand.ownerUnitId);
  const query = useObservations(
    {
      ...withYearBefore(view.baseParams),
      units: units.map((unit) => unit.id),
      indicators: indicatorIds,
      aggregate: true,
    },
    { enabled: units.length > 0 },
  );
  const owner = brand.ownerUnitId
    ? view.unitLabels.find((unit) => unit.id === brand.ownerUnitId)?.label
    : undefined;
  const headingId = `brand-${brand.id}`;
  const lastPeriod = view.periods.at(-1);
  const scope = [
    border ? t('pilots.borderUnits', { count: units.length }) : (owner ?? t('pilots.ownerOutside')),
    ...(units.length > 0 && lastPeriod
      ? [t('app.asOf', { date: view.describePeriod(lastPeriod) })]
      : []),
  ].join(' · ');

  let body;
  if (units.length === 0) body = <p className="card-empty">{t('pilots.outsideSelection')}</p>;
  else if (!query.data && query.isError)
    body = <CardError error={query.error} onRetry={query.refetch} />;
  else if (!query.data) body = <div className="skeleton skeleton--short" aria-hidden="true" />;
  else
    body = (
      <dl className="brand-figures">
        {indicatorIds.map((id) => {
          const indicator = view.indicator(id);
          if (!indicator || !query.data) return null;
          const headline = headlineOf(
            query.data.points,
            indicator,
            shownPeriods(query.data.periods),
          );
          const comparison = view.filters.comparison === 'mom' ? 'mom' : 'yoy';
          const change = describeChange(
            headline.value,
            comparison === 'yoy' ? headline.yearAgo : headline.previous,
            indicator.unit,
            comparison,
            view.language,
          );
          return (
            <div key={id} className={`brand-figure brand-figure--${headline.tone}`}>
              <dt>{pickLabel(view.language, indicator.name, indicator.nameEn)}</dt>
              <dd>
                <strong>
                  {formatValue(headline.value, indicator.unit, view.language, {
                    signed: indicator.kind === 'change',
                  })}
                </strong>
                {change && <span className="brand-figure__change">{change}</span>}
              </dd>
            </div>
          );
        })}
      </dl>
    );

  return (
    <section className="card brand-card" aria-labelledby={headingId} data-card={headingId}>
      <header className="card__header">
        <div>
          <h3 id={headingId}>{pickLabel(view.language, brand.name, brand.nameEn)}</h3>
          <p className="card__subtitle">{scope}</p>
        </div>
      </header>
      {query.data && query.isError && <StaleNotice error={query.error} onRetry={query.refetch} />}
      <p className="brand-card__summary">
        {pickLabel(view.language, brand.summary, brand.summaryEn)}
      </p>
      {body}
    </section>
  );
}
