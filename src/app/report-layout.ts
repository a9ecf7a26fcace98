import type { MessageKey } from '@/lib/i18n/messages';

/*
 * Which indicator appears in which section and card: the one place that says it. The sections draw
 * from here, and the Word briefing states the figures of the same cards, so the two cannot drift.
 * What a figure means (scope, combining, comparisons, targets) is the indicator's own metadata,
 * read by the figure policy (src/lib/figure-policy); this file only places indicators.
 */

export type CardLayout =
  | { type: 'trend'; id: string; title: MessageKey; indicatorIds: string[]; chart?: 'line' | 'bar' }
  | { type: 'ranking'; indicatorId: string }
  /** One card with a choice among indicators of the same unit (the e-service rates). */
  | { type: 'choice'; label: MessageKey; indicatorIds: string[] }
  | { type: 'case-ranking' }
  | { type: 'research-funnel' };

/** The backlog campaign's counts and rate: the case ranking and the briefing's ranking sentence. */
export const backlogIds = {
  rate: 'backlog-resolution-rate',
  assigned: 'backlog-assigned',
  resolved: 'backlog-resolved',
} as const;

/** The stages of the research funnel: problems → measures → experiences. */
export const researchFunnelIds = ['problems-sorted', 'measures-formed', 'experiences-converted'];

export type SectionLayout = {
  initiativeId: string;
  headingId: string;
  title: MessageKey;
  cards: CardLayout[];
  /** The figures the briefing states for the section, in the report's order. */
  briefing: string[];
};

/** The headline tiles, in the order officials ask for them. */
export const headlineIds = [
  'backlog-resolution-rate',
  'backlog-resolved',
  'first-petition-rate',
  'disputes-diverted',
  'fully-online-rate',
];

export const sections = {
  caseResolution: {
    initiativeId: 'case-resolution',
    headingId: 'case-resolution-heading',
    title: 'section.caseResolution',
    cards: [
      { type: 'case-ranking' },
      {
        type: 'trend',
        id: 'trend-resolution-rate',
        title: 'card.resolutionTrend',
        indicatorIds: ['backlog-resolution-rate'],
      },
      { type: 'ranking', indicatorId: 'leader-handled' },
      {
        type: 'trend',
        id: 'trend-first-petition',
        title: 'card.firstPetitionTrend',
        indicatorIds: ['first-petition-rate'],
      },
      { type: 'ranking', indicatorId: 'multi-year-backlog' },
    ],
    briefing: [
      'backlog-assigned',
      'backlog-resolved',
      'backlog-resolution-rate',
      'leader-handled',
      'first-petition-rate',
    ],
  },
  disputeDiversion: {
    initiativeId: 'dispute-diversion',
    headingId: 'dispute-heading',
    title: 'section.disputeDiversion',
    cards: [
      {
        type: 'trend',
        id: 'trend-disputes-diverted',
        title: 'card.disputesTrend',
        indicatorIds: ['disputes-diverted'],
        chart: 'bar',
      },
      { type: 'ranking', indicatorId: 'new-court-cases-yoy' },
      { type: 'ranking', indicatorId: 'closure-rate-change' },
      { type: 'ranking', indicatorId: 'petition-cases-yoy' },
    ],
    briefing: [
      'disputes-diverted',
      'new-court-cases-yoy',
      'closure-rate-change',
      'petition-cases-yoy',
    ],
  },
  eService: {
    initiativeId: 'smart-governance',
    headingId: 'e-service-heading',
    title: 'section.eService',
    cards: [
      {
        type: 'trend',
        id: 'trend-e-service',
        title: 'card.eServiceTrend',
        indicatorIds: [
          'online-items-increase',
          'e-licence-items-increase',
          'instant-items-increase',
          'time-limit-compression',
        ],
      },
      {
        type: 'choice',
        label: 'card.chooseRate',
        indicatorIds: [
          'online-items-increase',
          'e-licence-items-increase',
          'instant-items-increase',
          'time-limit-compression',
        ],
      },
      {
        type: 'trend',
        id: 'trend-fully-online',
        title: 'card.fullyOnlineTrend',
        indicatorIds: ['fully-online-rate'],
      },
    ],
    briefing: [
      'online-items-increase',
      'e-licence-items-increase',
      'instant-items-increase',
      'time-limit-compression',
      'fully-online-rate',
    ],
  },
  research: {
    initiativeId: 'research',
    headingId: 'research-heading',
    title: 'section.research',
    cards: [
      { type: 'research-funnel' },
      { type: 'ranking', indicatorId: 'research-topics' },
      { type: 'ranking', indicatorId: 'research-reports' },
    ],
    briefing: [
      'research-topics',
      'case-dissections',
      'problems-sorted',
      'measures-formed',
      'research-reports',
      'experiences-converted',
    ],
  },
} satisfies Record<string, SectionLayout>;

/**
 * A brand card's figures: the brand's own indicators (those whose initiative is the brand), at most
 * this many, in catalogue order; the briefing names the first two, as the report does.
 */
export const brandFigureLimit = 5;
export const brandBriefingFigures = 2;
