import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { toneColors, targetColor } from '@/lib/colors';
import { formatAxisValue, formatValue } from '@/lib/format';
import { useLanguage } from '@/lib/i18n/language-store';
import type { MeasureUnit } from '@/schemas/indicator';
import type { RankingRow } from './selectors/ranking';

type UnitBarChartProps = {
  rows: RankingRow[];
  unit: MeasureUnit;
  valueName: string;
  /** Drawn as a line when every unit has the same target. */
  target?: number | null;
  targetLabel?: string;
  onUnitClick?: (unitId: string) => void;
};

const rowHeight = 30;

/** Units as ranked horizontal bars, coloured by better / worse. */
export function UnitBarChart({
  rows,
  unit,
  valueName,
  target,
  targetLabel,
  onUnitClick,
}: UnitBarChartProps) {
  const language = useLanguage();
  const data = rows.filter((row) => row.value !== null);
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, data.length * rowHeight + 40)}>
      <BarChart
        accessibilityLayer={false}
        role="presentation"
        data={data}
        layout="vertical"
        margin={{ top: 8, right: 56, bottom: 8, left: 8 }}
      >
        <CartesianGrid horizontal={false} stroke="#e4e7eb" />
        <XAxis
          type="number"
          tickFormatter={(value: number) => formatAxisValue(value, unit, language)}
          // Room beyond the longest bars on both sides, for the value labels at their ends.
          domain={[
            (min: number) => (min < 0 ? min * 1.3 : 0),
            (max: number) => (max > 0 ? max * 1.12 : 0),
          ]}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={language === 'en' ? 116 : 86}
          interval={0}
          tick={{ fontSize: 13 }}
        />
        <Tooltip
          formatter={(value, _name, item) => {
            const row = item.payload as RankingRow | undefined;
            const remark = [row?.note, row?.revision].filter(Boolean).join('；');
            return [
              `${formatValue(Number(value), unit, language)}${remark ? ` ※ ${remark}` : ''}`,
              valueName,
            ];
          }}
        />
        <Bar
          dataKey="value"
          name={valueName}
          isAnimationActive={false}
          cursor={onUnitClick ? 'pointer' : undefined}
          onClick={(entry) => {
            const unitId = (entry.payload as RankingRow | undefined)?.unitId;
            if (unitId && onUnitClick) onUnitClick(unitId);
          }}
        >
          {data.map((row) => (
            <Cell key={row.unitId} fill={toneColors[row.tone]} />
          ))}
          <LabelList
            dataKey="value"
            content={(props) => {
              // A note or a revision is marked beside the value (※), its text in the tooltip and table.
              const row = data[Number(props.index)];
              const marker = row && (row.note || row.revision) ? ' ※' : '';
              return (
                <BarEndLabel
                  {...props}
                  text={(value) => `${formatValue(value, unit, language)}${marker}`}
                />
              );
            }}
          />
        </Bar>
        {target != null && (
          <ReferenceLine
            x={target}
            stroke={targetColor}
            strokeDasharray="5 4"
            strokeWidth={2}
            label={{ value: targetLabel, position: 'top', fontSize: 12, fill: targetColor }}
          />
        )}
      </BarChart>
    </ResponsiveContainer>
  );
}

type BarEndLabelProps = {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
  text: (value: number) => string;
};

/** The value at the outer end of its bar: right of a positive bar, left of a negative one. */
function BarEndLabel({ x = 0, y = 0, width = 0, height = 0, value, text }: BarEndLabelProps) {
  const number = Number(value);
  if (!Number.isFinite(number)) return null;
  const start = Number(x);
  const end = start + Number(width);
  const negative = number < 0;
  return (
    <text
      x={negative ? Math.min(start, end) - 4 : Math.max(start, end) + 4}
      y={Number(y) + Number(height) / 2}
      textAnchor={negative ? 'end' : 'start'}
      dominantBaseline="central"
      fontSize={12}
      fill="#3e4c59"
    >
      {text(number)}
    </text>
  );
}
