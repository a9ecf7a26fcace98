import type { QueryClient } from '@tanstack/react-query';
import { headlineOf } from '@/features/charts/selectors/headline';
import { caseResolutionRanking } from '@/features/charts/selectors/ranking';
import {
  countWording,
  figureSentence,
  sentence,
  type BriefingFigure,
} from '@/features/export/briefing-text';
import { observationsQueryOptions } from '@/features/reports/api/get-observations';
import { tasksQueryOptions } from '@/features/reports/api/get-tasks';
import type { ObservationParams } from '@/features/reports/api/query-keys';
import { describeChange } from '@/lib/format';
import { pickLabel, translate } from '@/lib/i18n/translate';
import { withYearBefore, type DashboardView } from './dashboard-view';
import { headlineIndicatorIds } from './sections/overview-section';

/*
 * The numbers a Word briefing states, per section of the page, read from the same queries and
 * selectors the sections draw with (answered from React Query's cache when the page has them), so
 * the briefing and the page cannot disagree. Keyed by each section's heading id on the page.
 */

type Paragraphs = Record<string, string[]>;
type Values = Record<string, string | number>;

const wordsOf = (view: DashboardView) => ({
  t: (key: Parameters<typeof translate>[1], values?: Values) =>
    translate(view.language, key, values),
  list: (labels: string[]) => labels.join(translate(view.language, 'summary.listSeparator')),
});

// prettier-ignore
const sections = {
  caseResolution: ['backlog-assigned', 'backlog-resolved', 'backlog-resolution-rate', 'leader-handled'],
  disputeDiversion: ['disputes-diverted', 'new-court-cases-yoy', 'closure-rate-change', 'petition-cases-yoy'],
  eService: ['online-items-increase', 'e-licence-items-increase', 'instant-items-increase', 'time-limit-compression', 'fully-online-rate'],
  research: ['research-topics', 'case-dissections', 'problems-sorted', 'measures-formed', 'research-reports', 'experiences-converted'],
} as const;

// The figures a pilot's sentence names, as the report does for each brand.
const pilotFigures: Record<string, string[]> = {
  'moral-governance': ['convention-revision-rate', 'family-education-stations'],
  'service-satisfaction': ['power-items-listed', 'items-delegated'],
  'dispute-diversion': ['disputes-diverted', 'new-court-cases-yoy'],
  'smart-governance': ['online-items-increase', 'fully-online-rate'],
  'border-governance': ['border-villages-covered'],
};

async function figures(
  client: QueryClient,
  view: DashboardView,
  ids: readonly string[],
  params: ObservationParams = view.baseParams,
): Promise<BriefingFigure[]> {
  const query = { ...withYearBefore(params), indicators: ids, aggregate: true };
  const { points } = await client.ensureQueryData(observationsQueryOptions(query));
  return ids.flatMap((id) => {
    const indicator = view.indicator(id);
    if (!indicator) return [];
    const headline = headlineOf(points, indicator, view.periods);
    return [
      {
        name: pickLabel(view.language, indicator.name, indicator.nameEn),
        value: headline.value,
        unit: indicator.unit,
        kind: indicator.kind,
        change:
          indicator.kind === 'change'
            ? null
            : describeChange(
                headline.value,
                headline.yearAgo,
                indicator.unit,
                'yoy',
                view.language,
              ),
      },
    ];
  });
}

async function caseRanking(client: QueryClient, view: DashboardView): Promise<string[]> {
  const rate = view.indicator('backlog-resolution-rate');
  if (!rate) return [];
  const query = {
    ...view.baseParams,
    indicators: ['backlog-assigned', 'backlog-resolved', 'backlog-resolution-rate'],
  };
  const { points } = await client.ensureQueryData(observationsQueryOptions(query));
  const rows = caseResolutionRanking(
    points,
    { rate, assignedId: 'backlog-assigned', resolvedId: 'backlog-resolved' },
    view.unitLabels,
    view.periods,
  ).filter((row) => row.value !== null);
  const { t, list } = wordsOf(view);
  const behind = rows.filter((row) => row.tone === 'worse').map((row) => row.label);
  const clauses = [
    rows.length > 1
      ? t('export.brief.caseLeaders', { units: list(rows.slice(0, 3).map((row) => row.label)) })
      : '',
    behind.length > 0
      ? t('export.brief.caseBehind', {
          count: countWording(behind.length, view.language),
          units: list(behind),
        })
      : t('export.brief.caseNoneBehind'),
  ];
  return [sentence(clauses, view.language) ?? ''].filter(Boolean);
}

async function tasks(client: QueryClient, view: DashboardView): Promise<string[]> {
  const response = await client.ensureQueryData(
    tasksQueryOptions({
      ...(view.filters.units.length > 0 && { units: view.filters.units }),
      ...(view.filters.initiatives.length > 0 && { initiatives: view.filters.initiatives }),
    }),
  );
  const tasks = response.tasks;
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
  const brands = view.initiatives.filter((item) => item.brand && view.showsInitiative(item.id));
  const sentences = await Promise.all(
    brands.map(async (brand) => {
      const border = brand.id === 'border-governance';
      const units = view.units.filter((unit) =>
        border ? unit.border : unit.id === brand.ownerUnitId,
      );
      if (units.length === 0) return null;
      const params = { ...view.baseParams, units: units.map((unit) => unit.id) };
      const owner = list(units.map((unit) => pickLabel(view.language, unit.name, unit.nameEn)));
      const name = pickLabel(view.language, brand.name, brand.nameEn);
      const lead = t('export.brief.pilot', { brand: name, owner });
      const brandFigures = await figures(client, view, pilotFigures[brand.id] ?? [], params);
      return figureSentence(brandFigures, view.language, lead);
    }),
  );
  return sentences.filter((text): text is string => text !== null);
}

/** The paragraphs of every section the page shows, by the section's heading id. */
export async function briefingParagraphs(
  client: QueryClient,
  view: DashboardView,
): Promise<Paragraphs> {
  const { t, list } = wordsOf(view);
  const lastPeriod = view.periods.at(-1);
  const allUnits = view.filters.units.length === 0;
  const scope = allUnits ? t('summary.allUnits') : list(view.unitLabels.map((unit) => unit.label));
  const lead = lastPeriod
    ? t('export.brief.scope', { period: view.describePeriod(lastPeriod), scope })
    : '';
  const worded = async (ids: readonly string[], withLead = false) => [
    figureSentence(await figures(client, view, ids), view.language, withLead ? lead : '') ??
      t('export.brief.noFigures'),
  ];
  const shown = (initiative: string, heading: string, make: () => Promise<string[]>) =>
    view.showsInitiative(initiative) ? make().then((texts) => [heading, texts] as const) : null;
  const entries = await Promise.all([
    worded(headlineIndicatorIds, true).then((texts) => ['overview-heading', texts] as const),
    shown('case-resolution', 'case-resolution-heading', async () => [
      ...(await worded(sections.caseResolution)),
      ...(await caseRanking(client, view)),
    ]),
    shown('dispute-diversion', 'dispute-heading', () => worded(sections.disputeDiversion)),
    shown('smart-governance', 'e-service-heading', () => worded(sections.eService)),
    shown('research', 'research-heading', () => worded(sections.research)),
    pilots(client, view).then((texts) => ['pilots-heading', texts] as const),
    tasks(client, view).then((texts) => ['tasks-heading', texts] as const),
  ]);
  const present = entries.filter((entry) => entry !== null && entry[1].length > 0);
  return Object.fromEntries(present as Array<readonly [string, string[]]>);
}
