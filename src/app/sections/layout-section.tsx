import { useT } from '@/lib/i18n/translate';
import { useDashboardView } from '../dashboard-view';
import type { CardLayout, SectionLayout } from '../report-layout';
import { CaseRankingCard } from './case-resolution-section';
import { ChoiceRankingCard } from './e-service-section';
import { ReportSection } from './report-section';
import { ResearchFunnelCard } from './research-section';
import { TrendCard } from './trend-card';
import { UnitRankingCard } from './unit-ranking-card';

/** A section of the report drawn from its layout (report-layout.ts): its cards, in order. */
export function LayoutSection({ layout }: { layout: SectionLayout }) {
  const t = useT();
  const view = useDashboardView();
  if (!view.showsInitiative(layout.initiativeId)) return null;
  return (
    <ReportSection headingId={layout.headingId} title={t(layout.title)}>
      <div className="card-grid">
        {layout.cards.map((card) => (
          <LayoutCard key={cardKey(card)} card={card} />
        ))}
      </div>
    </ReportSection>
  );
}

const cardKey = (card: CardLayout) =>
  card.type === 'trend'
    ? card.id
    : card.type === 'ranking'
      ? card.indicatorId
      : card.type === 'choice'
        ? card.indicatorIds.join()
        : card.type;

function LayoutCard({ card }: { card: CardLayout }) {
  const t = useT();
  switch (card.type) {
    case 'trend':
      return (
        <TrendCard
          id={card.id}
          title={t(card.title)}
          indicatorIds={card.indicatorIds}
          chartType={card.chart}
        />
      );
    case 'ranking':
      return <UnitRankingCard indicatorId={card.indicatorId} />;
    case 'choice':
      return <ChoiceRankingCard label={t(card.label)} indicatorIds={card.indicatorIds} />;
    case 'case-ranking':
      return <CaseRankingCard />;
    case 'research-funnel':
      return <ResearchFunnelCard />;
  }
}
