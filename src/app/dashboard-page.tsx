import { memo, startTransition, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { errorMessageKey } from '@/features/charts/card-states';
import { warmUpCharts } from '@/features/charts/lazy-charts';
import { FilterBar } from '@/features/filters/filter-bar';
import { FilterNotices } from '@/features/filters/filter-notices';
import type { Filters } from '@/features/filters/filter-state';
import { useFilterStoreApi } from '@/features/filters/filter-store';
import { useFilterCatalogCheck, useFilterUrlSync } from '@/features/filters/use-filter-sync';
import { readViewParam, writeViewParam } from '@/features/filters/view-params';
import { useLanguage, useLanguageActions } from '@/lib/i18n/language-store';
import { pickLabel, useT } from '@/lib/i18n/translate';
import type { Initiative } from '@/schemas/initiative';
import type { Unit } from '@/schemas/unit';
import { DashboardHeader } from './dashboard-header';
import {
  countiesByParent,
  dashboardViewOf,
  DashboardViewProvider,
  useDashboardUpdating,
  useDashboardView,
} from './dashboard-view';
import { prefetchFirstScreen } from './first-screen';
import { CaseResolutionSection } from './sections/case-resolution-section';
import { DisputeDiversionSection } from './sections/dispute-diversion-section';
import { EServiceSection } from './sections/e-service-section';
import { OverviewSection } from './sections/overview-section';
import { PaceSection } from './sections/pace-section';
import { PilotsSection } from './sections/pilots-section';
import { ResearchSection } from './sections/research-section';
import { TasksSection } from './sections/tasks-section';
import { useCatalog, type Catalog } from './use-catalog';
import { usePrintLayout } from './use-print-layout';

export function DashboardPage() {
  const t = useT();
  const language = useLanguage();
  const { catalog, queries } = useCatalog();
  const meta = queries[0];
  useFilterUrlSync();
  usePrintLayout();

  const filterCatalog = useMemo(
    () =>
      catalog && {
        unitIds: new Set(
          catalog.units.filter((unit) => unit.level === 'league-city').map((unit) => unit.id),
        ),
        countiesOf: countiesByParent(catalog.units),
        initiativeIds: new Set(catalog.initiatives.map((initiative) => initiative.id)),
        firstMonth: catalog.meta.firstMonth,
        lastMonth: catalog.meta.lastMonth,
      },
    [catalog],
  );
  useFilterCatalogCheck(filterCatalog);
  useFirstScreenEarly(catalog);

  const { languageChosen } = useLanguageActions();
  const linkRead = useRef(false);
  useEffect(() => {
    // A shared link opens in the language it was copied in; from then on the link follows the
    // language shown (Chinese, the default, needs no mark).
    if (!linkRead.current) {
      linkRead.current = true;
      const linked = readViewParam('lang');
      const wanted =
        linked === 'en' ? 'en' : linked === 'zh-CN' || linked === 'zh' ? 'zh-CN' : null;
      if (wanted && wanted !== language) {
        languageChosen(wanted);
        return;
      }
    }
    writeViewParam('lang', language === 'en' ? 'en' : null);
  }, [language, languageChosen]);

  useEffect(() => {
    document.documentElement.lang = language;
    if (meta.data) document.title = pickLabel(language, meta.data.title, meta.data.titleEn);
  }, [language, meta.data]);

  const failed = queries.find((query) => query.isError);
  const shownCatalog = useCatalogShownAfterEffects(catalog);
  return (
    <div className="dashboard">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <DashboardHeader />
      {shownCatalog ? (
        <DashboardViewProvider catalog={shownCatalog}>
          <DashboardFilterBar catalog={shownCatalog} />
          <DashboardSections />
        </DashboardViewProvider>
      ) : (
        <main id="main" className="dashboard-main">
          {failed ? (
            <div className="card-error card-error--page" role="alert">
              <p>{t('app.catalogError')}</p>
              <p className="card-error__detail">{t(errorMessageKey(failed.error))}</p>
              {failed.error instanceof Error && (
                <p className="card-error__detail">{failed.error.message}</p>
              )}
              <button
                type="button"
                className="button"
                onClick={() => queries.forEach((query) => void query.refetch())}
              >
                {t('error.retry')}
              </button>
            </div>
          ) : (
            <>
              <p className="page-loading" role="status">
                {t('app.loading')}
              </p>
              <div className="page-skeleton" aria-hidden="true">
                {['a', 'b', 'c', 'd'].map((key) => (
                  <div key={key} className="skeleton" />
                ))}
              </div>
            </>
          )}
        </main>
      )}
    </div>
  );
}

/**
 * The catalogue the sections are drawn with: the one complete, once this page's effects have run
 * for it (the link's filters checked against it, the first screen's figures asked for), and in an
 * interruptible render: drawn in the task that brought its last part, the sections held the page
 * for 60–110 ms at 1,000 units. (useDeferredValue gave this only when the catalogue came in after
 * the page's first render; already in the cache, as the dataset gate asks for it early, it was
 * drawn in the first render, and the sections' queries went out before those effects.)
 */
function useCatalogShownAfterEffects(catalog: Catalog | null): Catalog | null {
  const [shown, setShown] = useState<Catalog | null>(null);
  useEffect(() => {
    startTransition(() => setShown(catalog));
  }, [catalog]);
  return catalog === null ? null : shown;
}

/**
 * The first screen's figures, asked for before the sections render (first-screen.ts): once the
 * catalogue is complete, and again on each filter change, in the task of the click itself. The
 * sections follow a filter change in a deferred render, and their own requests leave only when it
 * commits: 100–180 ms after the click at CPU ×1 (drilled into a 盟市 of the large sample).
 */
function useFirstScreenEarly(catalog: Catalog | null) {
  const client = useQueryClient();
  const filterStore = useFilterStoreApi();
  const language = useLanguage();
  useEffect(() => {
    if (!catalog) return;
    let live = true;
    let askedFor: Filters | null = null;
    let asked: QueryKey[] = [];
    // The view the sections are about to render, from the same catalogue and filters.
    const prefetch = () => {
      const { filters } = filterStore.getState();
      if (!live || filters === askedFor) return;
      askedFor = filters;
      asked = prefetchFirstScreen(client, dashboardViewOf(catalog, filters, language), asked);
    };
    prefetch();
    // In a microtask, still within the click's task: after the store has told all its listeners
    // (a failure here cannot keep the filter bar from hearing of the change), and once for a change
    // that the catalogue check then corrects.
    const unsubscribe = filterStore.subscribe((state, previous) => {
      if (state.filters !== previous.filters) queueMicrotask(prefetch);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [catalog, client, filterStore, language]);
}

/**
 * The report's sections. They take the view from context, not from props, so that the page's own
 * redraws (a catalogue query fetching, an import's notice) pass them by: at 1,000 units redrawing
 * every section took 50–70 ms.
 */
const DashboardSections = memo(function DashboardSections() {
  return (
    <DashboardMain>
      <FilterNotices />
      <OverviewSection />
      <PaceSection />
      <CaseResolutionSection />
      <DisputeDiversionSection />
      <EServiceSection />
      <ResearchSection />
      <PilotsSection />
      <TasksSection />
      <ChartsWarmUp />
    </DashboardMain>
  );
});

/** Fetches the charts' code when the page is idle after its first screen (lazy-charts.tsx). */
function ChartsWarmUp() {
  const queryClient = useQueryClient();
  useEffect(() => warmUpCharts(() => queryClient.isFetching() > 0), [queryClient]);
  return null;
}

/** The report; busy while its sections catch up with a filter change. */
function DashboardMain({ children }: { children: ReactNode }) {
  const updating = useDashboardUpdating();
  return (
    <main id="main" className="dashboard-main" tabIndex={-1} aria-busy={updating}>
      {children}
    </main>
  );
}

function DashboardFilterBar({
  catalog,
}: {
  catalog: { units: Unit[]; initiatives: Initiative[] };
}) {
  const view = useDashboardView();
  return (
    <FilterBar
      units={catalog.units}
      initiatives={catalog.initiatives}
      bounds={view.meta}
      summary={view.filterSummary}
    />
  );
}
