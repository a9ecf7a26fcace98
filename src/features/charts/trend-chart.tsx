import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceDot,
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
  /** Notes and revisions by period: a marker on the point, the text in the tooltip. */
  remarks?: ReadonlyMap<string, string>;
};

/** Values over time. Gaps stay gaps: the line breaks instead of dropping to zero. */
export function TrendChart({ rows, series, unit, height = 260, remarks }: TrendChartProps) {
  const language = useLanguage();
  const firstKey = series.find((item) => !item.target)?.key;
  const marked = rows.flatMap((row) => {
    const value = firstKey === undefined ? null : row[firstKey];
    return remarks?.has(row.period) && typeof value === 'number'
      ? [{ period: row.period, value }]
      : [];
  });
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
          labelFormatter={(period) => {
            const remark = remarks?.get(String(period));
            return `${formatPeriod(String(period), language)}${remark ? ` ※ ${remark}` : ''}`;
          }}
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
        {marked.map((point) => (
          <ReferenceDot
            key={point.period}
            x={point.period}
            y={point.value}
            r={5}
            fill="#ffffff"
            stroke="#3e4c59"
            strokeWidth={1.5}
            className="trend-chart__remark"
          />
        ))}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
