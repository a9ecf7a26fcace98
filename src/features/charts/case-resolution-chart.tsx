import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { toneColors } from '@/lib/colors';
import { formatNumber, formatValue } from '@/lib/format';
import { useLanguage } from '@/lib/i18n/language-store';
import type { CaseResolutionRow } from './selectors/ranking';

type CaseResolutionChartProps = {
  rows: CaseResolutionRow[];
  labels: { resolved: string; unresolved: string };
  onUnitClick?: (unitId: string) => void;
};

/** Resolved and unresolved cases per unit, stacked, ranked by rate; the rate labels each bar. */
export function CaseResolutionChart({ rows, labels, onUnitClick }: CaseResolutionChartProps) {
  const language = useLanguage();
  const data = rows.filter((row) => row.assigned !== null);
  const click = (entry: { payload?: unknown }) => {
    const unitId = (entry.payload as CaseResolutionRow | undefined)?.unitId;
    if (unitId && onUnitClick) onUnitClick(unitId);
  };
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, data.length * 30 + 40)}>
      <BarChart
        accessibilityLayer={false}
        role="presentation"
        data={data}
        layout="vertical"
        margin={{ top: 8, right: 64, bottom: 8, left: 8 }}
      >
        <CartesianGrid horizontal={false} stroke="#e4e7eb" />
        <XAxis type="number" tickFormatter={(value: number) => formatNumber(value, language)} />
        <YAxis
          type="category"
          dataKey="label"
          width={language === 'en' ? 116 : 86}
          interval={0}
          tick={{ fontSize: 13 }}
        />
        <Tooltip
          formatter={(value, name) => [formatValue(Number(value), '件', language), String(name)]}
          labelFormatter={(label, payload) => {
            const row = payload?.[0]?.payload as CaseResolutionRow | undefined;
            return row
              ? `${String(label)} · ${formatValue(row.value, '%', language)}`
              : String(label);
          }}
        />
        <Bar
          dataKey="resolved"
          name={labels.resolved}
          stackId="cases"
          isAnimationActive={false}
          cursor="pointer"
          onClick={click}
        >
          {data.map((row) => (
            <Cell key={row.unitId} fill={toneColors[row.tone]} />
          ))}
        </Bar>
        <Bar
          dataKey="unresolved"
          name={labels.unresolved}
          stackId="cases"
          fill="#d9e2ec"
          isAnimationActive={false}
          cursor="pointer"
          onClick={click}
        >
          <LabelList
            dataKey="value"
            position="right"
            formatter={(value: unknown) => formatValue(Number(value), '%', language)}
            fontSize={12}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
