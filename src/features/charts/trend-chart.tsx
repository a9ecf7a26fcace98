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
import {
  formatAxisTick,
  formatPeriod,
  formatPeriodTick,
  formatValue,
  measureUnitName,
} from '@/lib/format';
import { useLanguage } from '@/lib/i18n/language-store';
import { measureText } from './label-layout';
import { niceTicks } from './nice-ticks';
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

const TICK_FONT = 12;

/** Values over time. Gaps stay gaps: the line breaks instead of dropping to zero. */
export function TrendChart({ rows, series, unit, height = 260, remarks }: TrendChartProps) {
  const language = useLanguage();
  const values = rows.flatMap((row) =>
    series
      .map((item) => row[item.key])
      .filter((value): value is number => typeof value === 'number'),
  );
  // Bars are measured from zero; lines may start above it, but zero is a tick once they cross it.
  const hasBars = series.some((item) => item.type === 'bar');
  const scale = niceTicks(Math.min(...values), Math.max(...values), {
    maxTicks: 6,
    includeZero: hasBars || values.length === 0,
  });
  const scaleOf = Math.max(Math.abs(scale.min), Math.abs(scale.max));
  const tickText = (value: number) =>
    formatAxisTick(value, unit, language, { step: scale.step, scaleOf });
  const axisWidth = Math.ceil(
    Math.max(...scale.ticks.map((tick) => measureText(tickText(tick), TICK_FONT))) + 12,
  );
  const lastPeriod = rows.at(-1)?.period;
  // The last period's label is centred on its point: half of it must fit inside the chart.
  const rightMargin = Math.max(
    16,
    Math.ceil((lastPeriod ? measureText(formatPeriodTick(lastPeriod), TICK_FONT) : 0) / 2) + 4,
  );
  // Ticks of 万件 are written as counts ("4万"), so the axis is in 件.
  const unitName = unit === '%' ? null : measureUnitName(unit === '万件' ? '件' : unit, language);
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
        margin={{ top: unitName ? 28 : 12, right: rightMargin, bottom: 4, left: 4 }}
      >
        <CartesianGrid vertical={false} stroke="#e4e7eb" />
        <XAxis
          dataKey="period"
          tickFormatter={(period: string) => formatPeriodTick(period)}
          tick={{ fontSize: TICK_FONT }}
          minTickGap={8}
          tickMargin={8}
        />
        <YAxis
          domain={[scale.min, scale.max]}
          ticks={scale.ticks}
          interval={0}
          allowDataOverflow
          tickFormatter={tickText}
          width={axisWidth}
          tick={{ fontSize: TICK_FONT }}
          label={
            unitName
              ? (label: { viewBox?: { y?: number } }) => (
                  <text
                    x={4}
                    y={(label.viewBox?.y ?? 28) - 14}
                    fontSize={TICK_FONT}
                    fill="#52606d"
                    className="axis-unit"
                  >
                    {language === 'en' ? `(${unitName})` : `（${unitName}）`}
                  </text>
                )
              : undefined
          }
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
