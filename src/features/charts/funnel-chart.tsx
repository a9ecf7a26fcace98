import { AxisName, NAME_FONT } from './axis-name';
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
import { formatCompactNumber, formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/i18n/language-store';
import { fitText, measureText, nameColumnWidth } from './label-layout';
import { useElementWidth } from './use-element-width';

export type FunnelStage = { key: string; label: string; value: number; share: number | null };

const VALUE_FONT = 12;

/** Stages that narrow (problems → measures → experiences converted), each with its share of the first. */
export function FunnelChart({
  stages,
  shareLabel,
}: {
  stages: FunnelStage[];
  shareLabel: (share: number) => string;
}) {
  const language = useLanguage();
  const [measureRef, measuredWidth] = useElementWidth();
  const width = measuredWidth || 600;
  const [open, close] = language === 'en' ? [' (', ')'] : ['（', '）'];
  const withShares = stages.map((stage) => ({
    ...stage,
    text: `${formatCompactNumber(stage.value, language)}${stage.share === null ? '' : `${open}${shareLabel(stage.share)}${close}`}`,
  }));
  const widest = (items: Array<{ text: string }>) =>
    Math.max(0, ...items.map((stage) => measureText(stage.text, VALUE_FONT)));
  // Where the shares do not fit beside the bars (a phone), the bars say the counts; the shares
  // are in the table.
  const data =
    widest(withShares) + 12 <= width * 0.6
      ? withShares
      : stages.map((stage) => ({ ...stage, text: formatCompactNumber(stage.value, language) }));
  const nameWidth = nameColumnWidth(
    stages.map((stage) => stage.label),
    NAME_FONT,
    12,
    { min: 48, max: Math.max(72, Math.round(width * 0.4)) },
  );
  // Room on the right for the longest label beside the longest bar.
  const labelRoom = Math.ceil(widest(data)) + 12;
  const names = new Map(
    stages.map((stage) => [stage.label, fitText(stage.label, nameWidth - 12, NAME_FONT)]),
  );
  return (
    <div ref={measureRef}>
      <ResponsiveContainer width="100%" height={stages.length * 48 + 24}>
        <BarChart
          accessibilityLayer={false}
          role="presentation"
          data={data}
          layout="vertical"
          margin={{
            top: 4,
            right: Math.min(labelRoom, Math.round(width * 0.6)),
            bottom: 4,
            left: 4,
          }}
          barCategoryGap={8}
        >
          <XAxis type="number" hide />
          <YAxis
            type="category"
            dataKey="label"
            width={nameWidth}
            interval={0}
            tick={(tick: {
              x?: number | string;
              y?: number | string;
              payload?: { value?: unknown };
            }) => {
              const full = String(tick.payload?.value ?? '');
              const name = names.get(full);
              return (
                <AxisName
                  x={Number(tick.x)}
                  y={Number(tick.y)}
                  text={name?.text ?? full}
                  full={full}
                  truncated={name?.truncated ?? false}
                />
              );
            }}
          />
          <Tooltip formatter={(value) => formatNumber(Number(value), language)} />
          <Bar dataKey="value" isAnimationActive={false}>
            {data.map((stage, index) => (
              <Cell key={stage.key} fill={seriesColor(index)} />
            ))}
            <LabelList
              dataKey="text"
              content={(label) => (
                <text
                  x={Number(label.x) + Number(label.width) + 4}
                  y={Number(label.y) + Number(label.height) / 2}
                  dominantBaseline="central"
                  fontSize={VALUE_FONT}
                  fill="#3e4c59"
                  className="bar-value-label"
                >
                  {String(label.value ?? '')}
                </text>
              )}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
