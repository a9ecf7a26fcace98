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
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 56, bottom: 8, left: 8 }}>
        <CartesianGrid horizontal={false} stroke="#e4e7eb" />
        <XAxis
          type="number"
          tickFormatter={(value: number) => formatAxisValue(value, unit, language)}
          domain={[(min: number) => Math.min(0, min), 'auto']}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={language === 'en' ? 116 : 86}
          interval={0}
          tick={{ fontSize: 13 }}
        />
        <Tooltip formatter={(value) => [formatValue(Number(value), unit, language), valueName]} />
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
            position="right"
            formatter={(value: unknown) => formatValue(Number(value), unit, language)}
            fontSize={12}
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
