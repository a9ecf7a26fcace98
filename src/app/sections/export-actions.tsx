import type { CardActionsContext } from '@/features/charts/chart-card';

/** Where a card's export menu goes; export arrives with its own issue and is loaded on demand. */
export function ExportActions(_props: { context: CardActionsContext }) {
  return null;
}
