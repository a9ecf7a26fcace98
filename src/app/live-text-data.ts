import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { narrativeQueryOptions } from '@/features/reports/api/get-narrative';
import { observationsQueryOptions, useObservations } from '@/features/reports/api/get-observations';
import { reportKeys, type ObservationParams } from '@/features/reports/api/query-keys';
import { monthsOfPeriod } from '@/lib/periods';
import type { SeriesPoint } from '@/schemas/api';
import type { NarrativeSentence } from '@/schemas/narrative';
import type { Unit } from '@/schemas/unit';
import { useDashboardView, withYearBefore, type DashboardView } from './dashboard-view';
import {
  boundIndicatorIds,
  liveSection,
  paragraphFromText,
  type LiveParagraph,
  type LiveTextInput,
} from './live-text';

/*
 * The text each section of the page opens with, by the section's heading id: the report's own
 * sentences (GET /narrative) bound to the view where the report has them, else the section's
 * paragraph from briefing-facts. The page, "复制全部文字", the PDF and the Word 简报 all take it
 * from here, so that what is pasted and what is exported say the same as the page.
 */

export type LiveTexts = Record<string, LiveParagraph[]>;

/** Which page section a narrative section's sentences open. */
const headingOfNarrativeSection: Record<NarrativeSentence['section'], string> = {
  research: 'research-heading',
  'case-resolution': 'case-resolution-heading',
  'city-pilots': 'pilots-heading',
};

/** Sections with text of their own (进度预警 states its pace; it needs no opening paragraph). */
const withoutLiveText = new Set(['pace-heading']);

const leagueCities = (units: readonly Unit[]) =>
  units.filter((unit) => unit.level === 'league-city');

/** The sentences whose every figure belongs to a section the view shows. */
const shownSentences = (sentences: readonly NarrativeSentence[], view: DashboardView) =>
  sentences.filter((sentence) =>
    sentence.bindings.every((binding) => {
      const indicator = view.indicator(binding.indicatorId);
      return indicator !== undefined && view.showsInitiative(indicator.initiativeId);
    }),
  );

/** Per-unit points of the bound indicators, a year before the range and back to a compared period. */
export function liveTextParams(view: DashboardView, ids: string[]): ObservationParams {
  const params = withYearBefore(view.baseParams);
  const compared = view.comparePeriod ? monthsOfPeriod(view.comparePeriod).from : null;
  const from = compared && params.from && compared < params.from ? compared : params.from;
  return { ...params, ...(from && { from }), indicators: ids };
}

export function assembleLiveTexts(
  view: DashboardView,
  allUnits: readonly Unit[],
  sentences: readonly NarrativeSentence[],
  points: readonly SeriesPoint[],
  facts: Record<string, string[]>,
): LiveTexts {
  const input: LiveTextInput = {
    sentences,
    indicator: view.indicator,
    points,
    units: view.units,
    allUnits: view.parent
      ? allUnits.filter((unit) => unit.parentId === view.parent?.id)
      : leagueCities(allUnits),
    parent: view.parent,
    periods: view.periods,
    comparison: view.filters.comparison,
    comparePeriod: view.comparePeriod,
    language: view.language,
  };
  const texts: LiveTexts = {};
  for (const [headingId, paragraphs] of Object.entries(facts)) {
    if (withoutLiveText.has(headingId)) continue;
    texts[headingId] = paragraphs.map(paragraphFromText);
  }
  for (const [section, headingId] of Object.entries(headingOfNarrativeSection)) {
    const own = liveSection(
      sentences.filter((sentence) => sentence.section === section),
      input,
    );
    if (own.length > 0) texts[headingId] = own;
  }
  return texts;
}

/** The overview's heading: its paragraph is shown as soon as the headline figures are in. */
const OVERVIEW_HEADING = 'overview-heading';

/**
 * For the page: the texts, or null while they load. Until every section's are in, the texts may
 * hold the overview's paragraph alone (`complete` false): the page's first words need only the
 * headline tiles' figures, which are asked for first (first-screen.ts).
 */
export function useLiveTexts(allUnits: readonly Unit[]): {
  texts: LiveTexts | null;
  complete: boolean;
  failed: boolean;
} {
  const view = useDashboardView();
  const client = useQueryClient();
  const narrative = useQuery(narrativeQueryOptions());
  const sentences = narrative.data ? shownSentences(narrative.data, view) : [];
  const ids = boundIndicatorIds(sentences, view.indicator);
  const points = useObservations(liveTextParams(view, ids), {
    enabled: narrative.data !== undefined && ids.length > 0,
  });
  const facts = useQuery({
    // Under the dataset's own key: the facts of another dataset shown earlier with the same filters
    // must not come back from the cache.
    queryKey: [...reportKeys.all, 'live-text-facts', view.filters, view.language],
    queryFn: async () => {
      const { briefingParagraphs } = await import('./briefing-facts');
      return briefingParagraphs(client, view);
    },
  });
  const ready =
    narrative.data !== undefined && facts.data !== undefined && (ids.length === 0 || points.data);
  const overview = useQuery({
    queryKey: [...reportKeys.all, 'live-text-facts', OVERVIEW_HEADING, view.filters, view.language],
    queryFn: async () => {
      const { overviewParagraphs } = await import('./briefing-facts');
      return overviewParagraphs(client, view);
    },
    enabled: !ready,
  });
  const failed = narrative.isError || facts.isError || points.isError;
  if (ready) {
    return {
      texts: assembleLiveTexts(view, allUnits, sentences, points.data?.points ?? [], facts.data),
      complete: true,
      failed,
    };
  }
  return {
    texts: overview.data ? { [OVERVIEW_HEADING]: overview.data.map(paragraphFromText) } : null,
    complete: false,
    failed,
  };
}

/** For exports and "复制全部文字" outside React: from React Query's cache, or fetched. */
export async function loadLiveTexts(
  client: QueryClient,
  view: DashboardView,
  allUnits: readonly Unit[],
): Promise<LiveTexts> {
  const { briefingParagraphs } = await import('./briefing-facts');
  const [narrative, facts] = await Promise.all([
    client.ensureQueryData(narrativeQueryOptions()),
    briefingParagraphs(client, view),
  ]);
  const sentences = shownSentences(narrative.sentences, view);
  const ids = boundIndicatorIds(sentences, view.indicator);
  const points =
    ids.length > 0
      ? (await client.ensureQueryData(observationsQueryOptions(liveTextParams(view, ids)))).points
      : [];
  return assembleLiveTexts(view, allUnits, sentences, points, facts);
}
