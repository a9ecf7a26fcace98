import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatAxisValue, formatPeriod, formatPeriodTick, formatValue } from '@/lib/format';
import { useLanguage } from '@/lib/i18n/language-store';
import type { MeasureUnit } from '@/schemas/indicator';
import type { TrendRow } from './selectors/series';

export type TrendSeries = {
  key: string;
  label: string;
  color: string;
  type: 'line' | 'bar';
  /** A target path: dashed, stepped, no dots. */
  target?: boolean;
};

type TrendChartProps = {
  rows: TrendRow[];
  series: TrendSeries[];
  unit: MeasureUnit;
  height?: number;
};

/** Values over time. Gaps stay gaps: the line breaks instead of dropping to zero. */
export function TrendChart({ rows, series, unit, height = 260 }: TrendChartProps) {
  const language = useLanguage();
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart
        accessibilityLayer={false}
        role="presentation"
        data={rows}
        margin={{ top: 12, right: 16, bottom: 4, left: 4 }}
      >
        <CartesianGrid vertical={false} stroke="#e4e7eb" />
        <XAxis
          dataKey="period"
          tickFormatter={(period: string) => formatPeriodTick(period)}
          tick={{ fontSize: 12 }}
          minTickGap={8}
        />
        <YAxis
          tickFormatter={(value: number) => formatAxisValue(value, unit, language)}
          width={56}
          tick={{ fontSize: 12 }}
        />
        <Tooltip
          labelFormatter={(period) => formatPeriod(String(period), language)}
          formatter={(value, name) => [
            value === null || value === undefined
              ? '—'
              : formatValue(Number(value), unit, language),
            String(name),
          ]}
        />
        {series.map((item) =>
          item.type === 'bar' ? (
            <Bar
              key={item.key}
              dataKey={item.key}
              name={item.label}
              fill={item.color}
              isAnimationActive={false}
            />
          ) : (
            <Line
              key={item.key}
              dataKey={item.key}
              name={item.label}
              stroke={item.color}
              strokeWidth={item.target ? 2 : 2.5}
              strokeDasharray={item.target ? '6 4' : undefined}
              type={item.target ? 'stepAfter' : 'linear'}
              dot={item.target ? false : { r: 2.5 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ),
        )}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
