import type { QueryClient } from '@tanstack/react-query';
import { figureSentence, sentence, type BriefingFigure } from '@/features/export/briefing-text';
import { observationsQueryOptions } from '@/features/reports/api/get-observations';
import { tasksQueryOptions } from '@/features/reports/api/get-tasks';
import { standingsOf, unitFiguresOf, type Figure } from '@/lib/figure-policy/figure-policy';
import {
  figureWording,
  judgementWording,
  scopeWording,
  targetWording,
  wholeRegionWording,
} from '@/lib/figure-policy/wording';
import { formatValue, nameInText } from '@/lib/format';
import { pickLabel, translate } from '@/lib/i18n/translate';
import { listNames } from '@/lib/name-list';
import type { DashboardView } from './dashboard-view';
import { backlogIds, brandBriefingFigures, headlineIds, sections } from './report-layout';
import { brandIndicators, brandUnits, loadFigures } from './figures';
import { loadTasksFromData } from './task-data';

/*
 * The numbers a Word briefing states, per section of the page, read through the same figure policy
 * and from the same queries the sections draw with (answered from React Query's cache when the page
 * has them), so the briefing and the page cannot disagree. Keyed by each section's heading id.
 */

type Paragraphs = Record<string, string[]>;
type Values = Record<string, string | number>;

const wordsOf = (view: DashboardView) => ({
  t: (key: Parameters<typeof translate>[1], values?: Values) =>
    translate(view.language, key, { ...view.levelWords, ...values }),
  list: (labels: string[]) => listNames(labels, view.language),
});

/** The selection in words: "全区12个盟市" or the units' names. */
function selectionWording(view: DashboardView): string {
  const { list } = wordsOf(view);
  return view.showsAllUnits
    ? wholeRegionWording(view.totalUnits, view.language, view.parent)
    : list(view.unitLabels.map((unit) => unit.label));
}

/**
 * A figure for a sentence: its value, whose it is when not the selection's ("乌海市"), how it is
 * counted, the comparison the reader chose, the coverage and any revision.
 */
function briefingFigure(view: DashboardView, figure: Figure, lead: string | null): BriefingFigure {
  const words = figureWording(figure, view.language);
  const scope = scopeWording(figure, view.language);
  const sameAsLead =
    lead !== null &&
    (figure.wholeRegion || figure.scopeUnits.length === view.units.length) &&
    figure.method !== 'mean' &&
    figure.method !== 'none';
  return {
    name: pickLabel(view.language, figure.indicator.name, figure.indicator.nameEn),
    value: figure.status === 'ok' ? figure.value : null,
    unit: figure.indicator.unit,
    kind: figure.indicator.kind,
    scope: sameAsLead ? null : scope,
    details: [
      figure.indicator.accumulation === 'level' ? null : words.reading,
      words.comparison,
      words.sinceTotal,
      words.remark,
    ],
    coverage: words.coverage,
  };
}

async function worded(
  client: QueryClient,
  view: DashboardView,
  ids: readonly string[],
  lead = '',
): Promise<string | null> {
  const figures = await loadFigures(client, view, ids);
  return figureSentence(
    figures.map((figure) => briefingFigure(view, figure, lead)),
    view.language,
    lead,
  );
}

/** "化解率居前的是…，3个盟市未达阶段目标55%（2024年6月）：…"; for one unit, that unit's standing. */
async function caseRanking(client: QueryClient, view: DashboardView): Promise<string[]> {
  const rate = view.indicator(backlogIds.rate);
  if (!rate) return [];
  const query = { ...view.baseParams, indicators: Object.values(backlogIds) };
  const response = await client.ensureQueryData(observationsQueryOptions(query));
  const figures = unitFiguresOf({
    indicator: rate,
    points: response.points,
    units: view.units,
    periods: response.periods,
  });
  const rows = figures.rows.filter((row) => row.value !== null);
  if (rows.length === 0) return [];
  const { t, list } = wordsOf(view);
  const indicatorName = pickLabel(view.language, rate.name, rate.nameEn);
  const standings = standingsOf(figures);
  const target = standings.target
    ? targetWording(standings.target, rate.unit, view.language)
    : null;
  const clauses: string[] = [];
  if (rows.length === 1 && rows[0]) {
    const row = rows[0];
    const judgement = judgementWording(rate, row.judgement, view.language);
    clauses.push(
      t('export.brief.unitJudged', {
        unit: nameInText(pickLabel(view.language, row.unit.name, row.unit.nameEn)),
        indicator: indicatorName,
        value: formatValue(row.value, rate.unit, view.language),
        judgement: judgement ?? '',
      }),
    );
  } else {
    clauses.push(
      t('export.brief.rankLeaders', {
        indicator: indicatorName,
        units: list(
          rows
            .slice(0, 3)
            .map((row) => nameInText(pickLabel(view.language, row.unit.name, row.unit.nameEn))),
        ),
      }),
    );
    if (target && standings.behind.length > 0)
      clauses.push(
        t('export.brief.behind', {
          count: standings.behind.length,
          judgement: t('policy.notMeeting', { target }),
          units: list(
            standings.behind.map((row) =>
              nameInText(pickLabel(view.language, row.unit.name, row.unit.nameEn)),
            ),
          ),
        }),
      );
    else if (target)
      clauses.push(
        t('export.brief.allMeet', {
          who: view.showsAllUnits
            ? t('policy.allUnitsShort')
            : t('policy.selectedUnits', { count: rows.length }),
          target,
        }),
      );
  }
  for (const period of new Set(standings.late.map((row) => row.period)))
    if (period)
      clauses.push(
        t('export.brief.lateUnits', {
          units: list(
            standings.late
              .filter((row) => row.period === period)
              .map((row) => nameInText(pickLabel(view.language, row.unit.name, row.unit.nameEn))),
          ),
          period: view.describePeriod(period),
        }),
      );
  return [sentence(clauses, view.language) ?? ''].filter(Boolean);
}

async function tasks(client: QueryClient, view: DashboardView): Promise<string[]> {
  const response = await client.ensureQueryData(
    tasksQueryOptions({
      ...(view.filters.units.length > 0 && { units: view.filters.units }),
      ...(view.filters.initiatives.length > 0 && { initiatives: view.filters.initiatives }),
    }),
  );
  const tasks = await loadTasksFromData(client, view, response.tasks);
  const count = (status: string) => tasks.filter((task) => task.status === status).length;
  const overdue = tasks
    .filter((task) => task.status === 'overdue')
    .map((task) => pickLabel(view.language, task.title, task.titleEn));
  const { t, list } = wordsOf(view);
  const clauses = [
    t('export.brief.tasks', {
      total: tasks.length,
      done: count('done'),
      inProgress: count('in-progress'),
      notStarted: count('not-started'),
      overdue: overdue.length,
    }),
    overdue.length > 0 ? t('export.brief.tasksOverdue', { tasks: list(overdue) }) : '',
  ];
  return [sentence(clauses, view.language) ?? ''].filter(Boolean);
}

async function pilots(client: QueryClient, view: DashboardView): Promise<string[]> {
  const { t, list } = wordsOf(view);
  // As on the page: a brand is its 盟市's, never split into the counties drilled into.
  if (view.parent)
    return [
      t('pilots.ofParent', {
        parent: nameInText(pickLabel(view.language, view.parent.name, view.parent.nameEn)),
      }),
    ];
  const brands = view.initiatives.filter((item) => item.brand && view.showsInitiative(item.id));
  const sentences = await Promise.all(
    brands.map(async (brand) => {
      const units = brandUnits(view, brand);
      if (units.length === 0) return null;
      const owner = list(
        units.map((unit) => nameInText(pickLabel(view.language, unit.name, unit.nameEn))),
      );
      const name = pickLabel(view.language, brand.name, brand.nameEn);
      const lead = t('export.brief.pilot', { brand: name, owner });
      const ids = brandIndicators(view, brand)
        .slice(0, brandBriefingFigures)
        .map((indicator) => indicator.id);
      const figures = await loadFigures(client, view, ids, units);
      return figureSentence(
        figures.map((figure) => ({ ...briefingFigure(view, figure, lead), scope: null })),
        view.language,
        lead,
      );
    }),
  );
  return sentences.filter((text): text is string => text !== null);
}

/** A section's one paragraph of figures; the overview's opens with the scope ("截至…，全区…："). */
function paragraphOf(
  client: QueryClient,
  view: DashboardView,
): (ids: readonly string[], withLead?: boolean) => Promise<string[]> {
  const { t } = wordsOf(view);
  const lastPeriod = view.periods.at(-1);
  const lead = lastPeriod
    ? t('export.brief.scope', {
        period: view.describePeriod(lastPeriod),
        scope: selectionWording(view),
      })
    : '';
  return async (ids, withLead = false) => [
    (await worded(client, view, ids, withLead ? lead : '')) ?? t('export.brief.noFigures'),
  ];
}

/**
 * The overview's paragraph alone: it needs only the headline tiles' figures, so the page can show
 * it with them, before the other sections' figures have arrived.
 */
export const overviewParagraphs = (client: QueryClient, view: DashboardView) =>
  paragraphOf(client, view)(headlineIds, true);

/** The paragraphs of every section the page shows, by the section's heading id. */
export async function briefingParagraphs(
  client: QueryClient,
  view: DashboardView,
): Promise<Paragraphs> {
  const paragraph = paragraphOf(client, view);
  const shown = (initiative: string, heading: string, make: () => Promise<string[]>) =>
    view.showsInitiative(initiative) ? make().then((texts) => [heading, texts] as const) : null;
  const entries = await Promise.all([
    overviewParagraphs(client, view).then((texts) => ['overview-heading', texts] as const),
    ...Object.values(sections).map((section) =>
      shown(section.initiativeId, section.headingId, async () => [
        ...(await paragraph(section.briefing)),
        ...(section.initiativeId === 'case-resolution' ? await caseRanking(client, view) : []),
      ]),
    ),
    pilots(client, view).then((texts) => ['pilots-heading', texts] as const),
    tasks(client, view).then((texts) => ['tasks-heading', texts] as const),
  ]);
  const present = entries.filter((entry) => entry !== null && entry[1].length > 0);
  return Object.fromEntries(present as Array<readonly [string, string[]]>);
}
