import {
  Bar,
  BarChart,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { seriesColor } from '@/lib/colors';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/i18n/language-store';

export type FunnelStage = { key: string; label: string; value: number; share: number | null };

/** Stages that narrow (problems → measures → experiences converted), each with its share of the first. */
export function FunnelChart({
  stages,
  shareLabel,
}: {
  stages: FunnelStage[];
  shareLabel: (share: number) => string;
}) {
  const language = useLanguage();
  const data = stages.map((stage) => ({
    ...stage,
    text: `${formatNumber(stage.value, language)}${stage.share === null ? '' : `（${shareLabel(stage.share)}）`}`,
  }));
  return (
    <ResponsiveContainer width="100%" height={stages.length * 48 + 24}>
      <BarChart
        accessibilityLayer={false}
        role="presentation"
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 140, bottom: 4, left: 8 }}
        barCategoryGap={8}
      >
        <XAxis type="number" hide />
        <YAxis
          type="category"
          dataKey="label"
          width={language === 'en' ? 150 : 96}
          interval={0}
          tick={{ fontSize: 13 }}
        />
        <Tooltip formatter={(value) => formatNumber(Number(value), language)} />
        <Bar dataKey="value" isAnimationActive={false}>
          {data.map((stage, index) => (
            <Cell key={stage.key} fill={seriesColor(index)} />
          ))}
          <LabelList dataKey="text" position="right" fontSize={12} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
