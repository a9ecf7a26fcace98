import { formatPeriod } from '@/lib/format';
import { useLanguage } from '@/lib/i18n/language-store';
import { useT } from '@/lib/i18n/translate';
import { addMonths, monthRange } from '@/lib/periods';
import type { Filters } from './filter-state';
import { useFilterActions } from './filter-store';

/** The month first offered when "对比某期" is chosen: the December before the range ends (较上年末). */
export function defaultCompareMonth(to: string, firstMonth: string): string {
  const december = `${Number(to.slice(0, 4)) - 1}-12`;
  return december >= firstMonth ? december : firstMonth;
}

/** With comparison "period": which earlier month to compare with (any month before the range ends). */
export function CompareWithSelect({
  filters,
  firstMonth,
  to,
}: {
  filters: Filters;
  firstMonth: string;
  to: string;
}) {
  const t = useT();
  const language = useLanguage();
  const actions = useFilterActions();
  if (filters.comparison !== 'period') return null;
  const months = to > firstMonth ? monthRange(firstMonth, addMonths(to, -1)).reverse() : [];
  const value = filters.compareWith ?? defaultCompareMonth(to, firstMonth);
  return (
    <div className="field compare-with">
      <label className="field-label" htmlFor="filter-compare-with">
        {t('filters.compareWith')}
      </label>
      <select
        id="filter-compare-with"
        value={value}
        onChange={(event) => actions.comparePeriodChosen(event.target.value)}
      >
        {months.map((month) => (
          <option key={month} value={month}>
            {formatPeriod(month, language)}
          </option>
        ))}
      </select>
    </div>
  );
}
