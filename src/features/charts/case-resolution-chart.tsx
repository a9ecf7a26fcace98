import { formatValue } from '@/lib/format';
import { useLanguage } from '@/lib/i18n/language-store';
import { useT } from '@/lib/i18n/translate';
import type { CaseResolutionRow } from './selectors/ranking';
import { UnitBarChart } from './unit-bar-chart';

type CaseResolutionChartProps = {
  rows: CaseResolutionRow[];
  rateName: string;
  target?: number | null;
  targetLabel?: string;
  showAll?: boolean;
  onUnitClick?: (unitId: string) => void;
};

/**
 * Units ranked by resolution rate, and drawn by it: the bar is the rate it is sorted by, against
 * the target; the counts behind each rate are in its tooltip and in the table.
 */
export function CaseResolutionChart({ rows, rateName, ...rest }: CaseResolutionChartProps) {
  const language = useLanguage();
  const t = useT();
  return (
    <UnitBarChart<CaseResolutionRow>
      rows={rows}
      unit="%"
      valueName={rateName}
      details={(row) =>
        row.assigned === null
          ? []
          : [
              t('chart.assignedResolved', {
                assigned: formatValue(row.assigned, '件', language),
                resolved: formatValue(row.resolved, '件', language),
                unresolved: formatValue(row.unresolved, '件', language),
              }),
            ]
      }
      {...rest}
    />
  );
}
