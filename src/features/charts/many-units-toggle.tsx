import { useT } from '@/lib/i18n/translate';
import { MAX_DRAWN_UNITS, UNITS_EACH_END } from './many-units';

/** 显示全部 for a ranking too long to draw whole; nothing for one that is drawn whole anyway. */
export function ManyUnitsToggle({
  count,
  showAll,
  onChange,
}: {
  count: number;
  showAll: boolean;
  onChange: (showAll: boolean) => void;
}) {
  const t = useT();
  if (count <= MAX_DRAWN_UNITS) return null;
  return (
    <p className="chart-more">
      <button type="button" className="link-button" onClick={() => onChange(!showAll)}>
        {showAll ? t('chart.showEnds', { count: UNITS_EACH_END }) : t('chart.showAll', { count })}
      </button>
    </p>
  );
}
