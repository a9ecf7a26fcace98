import { CardError, StaleNotice } from '@/features/charts/card-states';
import type { Figure } from '@/lib/figure-policy/figure-policy';
import { figureWording } from '@/lib/figure-policy/wording';
import { listWithRest, nameInText } from '@/lib/format';
import { pickLabel } from '@/lib/i18n/translate';
import type { Initiative } from '@/schemas/initiative';
import { useDashboardView, useViewT } from '../dashboard-view';
import { brandIndicators, brandUnits, useFigures } from '../figures';
import { brandFigureLimit } from '../report-layout';
import { ReportSection } from './report-section';

/** 市域社会治理现代化试点: one card per city brand. */
export function PilotsSection() {
  const t = useViewT();
  const view = useDashboardView();
  const brands = view.initiatives.filter(
    (initiative) => initiative.brand && view.showsInitiative(initiative.id),
  );
  if (brands.length === 0) return null;
  // A brand is a 盟市's: its counties have none of their own, and its figures are the 盟市's.
  if (view.parent)
    return (
      <ReportSection headingId="pilots-heading" title={t('section.pilots')}>
        <p className="card card-empty" data-card="pilots-none">
          {t('pilots.ofParent', {
            parent: nameInText(pickLabel(view.language, view.parent.name, view.parent.nameEn)),
          })}
        </p>
      </ReportSection>
    );
  const owners = new Set(view.initiatives.map((initiative) => initiative.ownerUnitId));
  const withoutBrand = view.units.filter((unit) => !owners.has(unit.id));
  // A view of some units shows their brands only, not cards for brands of units left out.
  const shownBrands =
    view.filters.units.length === 0
      ? brands
      : brands.filter((brand) => brandUnits(view, brand).length > 0);
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
              .map((unit) => nameInText(pickLabel(view.language, unit.name, unit.nameEn)))
              .join(view.language === 'en' ? ', ' : '、'),
          })}
        </p>
      )}
    </ReportSection>
  );
}

function BrandCard({ brand }: { brand: Initiative }) {
  const t = useViewT();
  const view = useDashboardView();
  const units = brandUnits(view, brand);
  const indicatorIds = brandIndicators(view, brand)
    .slice(0, brandFigureLimit)
    .map((indicator) => indicator.id);
  const { figures, error, refetch } = useFigures(indicatorIds, {
    units,
    enabled: units.length > 0,
  });
  const headingId = `brand-${brand.id}`;
  const lastPeriod = view.periods.at(-1);
  const scope = [
    units.length === 0
      ? t('pilots.ownerOutside')
      : units.length <= 3
        ? units
            .map((unit) => nameInText(pickLabel(view.language, unit.name, unit.nameEn)))
            .join(t('summary.listSeparator'))
        : t('policy.selectedUnits', { count: units.length }),
    ...(units.length > 0 && lastPeriod
      ? [t('app.asOf', { date: view.describePeriod(lastPeriod) })]
      : []),
  ].join(' · ');

  let body;
  if (units.length === 0) body = <p className="card-empty">{t('pilots.outsideSelection')}</p>;
  // A dataset may carry a brand without any of its indicators: say so instead of loading forever.
  else if (indicatorIds.length === 0) body = <p className="card-empty">{t('card.empty')}</p>;
  else if (!figures && error) body = <CardError error={error} onRetry={refetch} />;
  else if (!figures) body = <div className="skeleton skeleton--short" aria-hidden="true" />;
  else
    body = (
      <dl className="brand-figures">
        {figures.map((figure) => (
          <BrandFigure key={figure.indicator.id} figure={figure} />
        ))}
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
      {figures && error && <StaleNotice error={error} onRetry={refetch} />}
      <p className="brand-card__summary">
        {pickLabel(view.language, brand.summary, brand.summaryEn)}
      </p>
      {body}
    </section>
  );
}

function BrandFigure({ figure }: { figure: Figure }) {
  const view = useDashboardView();
  const words = figureWording(figure, view.language);
  const { indicator } = figure;
  const notes = [
    figure.scopeUnits.length > 1 ? words.scope : null,
    words.reading && figure.value !== null ? words.reading : null,
    words.comparison,
    words.sinceTotal,
    words.coverage,
    words.remark,
  ].filter((note): note is string => Boolean(note));
  return (
    <div className={`brand-figure brand-figure--${figure.tone}`} data-indicator={indicator.id}>
      <dt>{pickLabel(view.language, indicator.name, indicator.nameEn)}</dt>
      <dd>
        <strong>{words.value}</strong>
        {notes.map((note) => (
          <span key={note} className="brand-figure__change">
            {note}
          </span>
        ))}
      </dd>
    </div>
  );
}
