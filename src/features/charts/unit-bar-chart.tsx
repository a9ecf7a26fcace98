import { AxisName, NAME_FONT } from './axis-name';
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
import { targetColor, toneColors } from '@/lib/colors';
import { formatAxisTick, formatCompactValue, formatValue, measureUnitName } from '@/lib/format';
import { useLanguage } from '@/lib/i18n/language-store';
import { useT } from '@/lib/i18n/translate';
import type { MeasureUnit } from '@/schemas/indicator';
import {
  fitText,
  layoutBarLabels,
  measureText,
  nameColumnWidth,
  type BarLabel,
} from './label-layout';
import { isGap, topAndBottom } from './many-units';
import { niceTicks, type NiceScale } from './nice-ticks';
import type { RankingRow } from './selectors/ranking';
import { useElementWidth } from './use-element-width';

type UnitBarChartProps<Row extends RankingRow> = {
  rows: Row[];
  unit: MeasureUnit;
  valueName: string;
  /** Drawn as a line when every unit has the same target. */
  target?: number | null;
  targetLabel?: string;
  onUnitClick?: (unitId: string) => void;
  /** Every unit, rather than the first and last of a long ranking. */
  showAll?: boolean;
  /** More lines for a unit's tooltip (e.g. the counts behind a rate). */
  details?: (row: Row) => string[];
};

const ROW_HEIGHT = 30;
// Between a name and the axis: recharts' tick (6) and margin (2), and a little air.
const NAME_PAD = 12;
const VALUE_FONT = 12;
const TICK_FONT = 12;
const MARGIN = { top: 24, left: 8, bottom: 4 };
const AXIS_HEIGHT = 40;
const GAP_KEY = '__gap';

type Drawn<Row> = {
  key: string;
  value: number | null;
  fill: string;
  row: Row | null;
  name: { text: string; full: string; truncated: boolean };
  label: { text: string; place: BarLabel | null } | null;
};

/** Ticks that fit the plot's width side by side: as many as room allows, at most six. */
function axisFor(
  values: number[],
  plotWidth: number,
  tickText: (value: number, scale: NiceScale) => string,
): NiceScale {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  for (let maxTicks = 6; maxTicks > 2; maxTicks -= 1) {
    const scale = niceTicks(low, high, { maxTicks, includeZero: true });
    const widest = Math.max(
      ...scale.ticks.map((tick) => measureText(tickText(tick, scale), TICK_FONT)),
    );
    if ((widest + 10) * (scale.ticks.length - 1) <= plotWidth) return scale;
  }
  return niceTicks(low, high, { maxTicks: 2, includeZero: true });
}

/** Units as ranked horizontal bars, coloured by better / worse; labels that never overlap. */
export function UnitBarChart<Row extends RankingRow>(props: UnitBarChartProps<Row>) {
  const {
    rows,
    unit,
    valueName,
    target,
    targetLabel,
    onUnitClick,
    showAll = false,
    details,
  } = props;
  const language = useLanguage();
  const t = useT();
  const [measureRef, measuredWidth] = useElementWidth();
  const width = measuredWidth || 600;

  const valued = rows.filter((row) => row.value !== null);
  const shown = topAndBottom(valued, showAll);
  const names = shown.map((row) =>
    isGap(row) ? t('chart.hiddenUnits', { count: row.hidden }) : row.label,
  );
  const nameWidth = nameColumnWidth(names, NAME_FONT, NAME_PAD, {
    min: 40,
    max: Math.max(60, Math.min(200, Math.round(width * 0.34))),
  });
  const plotLeft = MARGIN.left + nameWidth;
  const values = valued.map((row) => row.value ?? 0);
  if (target != null) values.push(target);
  const tickText = (value: number, scale: NiceScale) =>
    formatAxisTick(value, unit, language, {
      step: scale.step,
      scaleOf: Math.max(Math.abs(scale.min), Math.abs(scale.max)),
    });
  const scale = axisFor(values, width - plotLeft - 60, tickText);
  // The last tick is centred on the plot's right edge: half of it must fit inside the chart.
  const lastTick = measureText(tickText(scale.max, scale), TICK_FONT);
  const room = width - plotLeft - Math.max(8, lastTick / 2 + 4);
  // A figure with a note or a revision is marked (※); the text is in its tooltip and the table.
  const labelTexts = shown.map((row) =>
    isGap(row)
      ? ''
      : `${formatCompactValue(row.value, unit, language)}${row.note || row.revision ? ' ※' : ''}`,
  );
  const layout = layoutBarLabels(
    shown.map((row, index) => ({
      value: isGap(row) ? 0 : (row.value ?? 0),
      width: isGap(row) ? 0 : measureText(labelTexts[index] ?? '', VALUE_FONT),
    })),
    scale,
    { left: plotLeft, room },
  );
  const data: Array<Drawn<Row>> = shown.map((row, index) => {
    const full = names[index] ?? '';
    const name = { ...fitText(full, nameWidth - NAME_PAD, NAME_FONT), full };
    if (isGap(row))
      return { key: GAP_KEY, value: null, fill: 'none', row: null, name, label: null };
    return {
      key: row.unitId,
      value: row.value,
      fill: toneColors[row.tone],
      row,
      name,
      label: { text: labelTexts[index] ?? '', place: layout.labels[index] ?? null },
    };
  });
  const byKey = new Map(data.map((item) => [item.key, item]));
  const height = data.length * ROW_HEIGHT + MARGIN.top + MARGIN.bottom + AXIS_HEIGHT;
  const unitName = unit === '%' ? null : measureUnitName(unit === '万件' ? '件' : unit, language);

  return (
    <div ref={measureRef} className="unit-bar-chart">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          accessibilityLayer={false}
          role="presentation"
          data={data}
          layout="vertical"
          margin={{ ...MARGIN, right: Math.max(0, width - plotLeft - layout.plotWidth) }}
        >
          <CartesianGrid horizontal={false} stroke="#e4e7eb" />
          <XAxis
            type="number"
            domain={[scale.min, scale.max]}
            ticks={scale.ticks}
            interval={0}
            allowDataOverflow
            height={AXIS_HEIGHT}
            tick={{ fontSize: TICK_FONT }}
            tickFormatter={(value: number) => tickText(value, scale)}
            label={
              unitName
                ? {
                    value: language === 'en' ? `(${unitName})` : `（${unitName}）`,
                    position: 'insideBottomRight',
                    offset: 0,
                    fontSize: TICK_FONT,
                    fill: '#52606d',
                  }
                : undefined
            }
          />
          <YAxis
            type="category"
            dataKey="key"
            width={nameWidth}
            interval={0}
            tick={(tick: {
              x?: number | string;
              y?: number | string;
              payload?: { value?: unknown };
            }) => (
              <NameTick
                x={Number(tick.x)}
                y={Number(tick.y)}
                item={byKey.get(String(tick.payload?.value))}
              />
            )}
          />
          <Tooltip
            cursor={{ fill: 'rgb(15 23 42 / 5%)' }}
            content={({ active, payload }) => {
              const item = payload?.[0]?.payload as Drawn<Row> | undefined;
              if (!active || !item?.row) return null;
              return (
                <div className="chart-tooltip">
                  <p className="chart-tooltip__title">{item.name.full}</p>
                  <p>
                    {valueName}
                    {language === 'en' ? ': ' : '：'}
                    {formatValue(item.row.value, unit, language)}
                  </p>
                  {[
                    ...(details?.(item.row) ?? []),
                    ...[item.row.note, item.row.revision].filter((line): line is string =>
                      Boolean(line),
                    ),
                  ].map((line) => (
                    <p key={line}>{line}</p>
                  ))}
                </div>
              );
            }}
          />
          <Bar
            dataKey="value"
            name={valueName}
            isAnimationActive={false}
            cursor={onUnitClick ? 'pointer' : undefined}
            onClick={(entry) => {
              const unitId = (entry.payload as Drawn<Row> | undefined)?.row?.unitId;
              if (unitId && onUnitClick) onUnitClick(unitId);
            }}
          >
            {data.map((item) => (
              <Cell key={item.key} fill={item.fill} />
            ))}
            <LabelList
              dataKey="value"
              content={(label) => <BarValueLabel {...label} item={data[Number(label.index)]} />}
            />
          </Bar>
          {target != null && (
            <ReferenceLine
              x={target}
              stroke={targetColor}
              strokeDasharray="5 4"
              strokeWidth={2}
              label={(reference: { viewBox?: { x?: number; y?: number } }) => (
                <TargetLabel
                  viewBox={reference.viewBox}
                  text={targetLabel ?? ''}
                  chartWidth={width}
                />
              )}
            />
          )}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function NameTick<Row>({ x = 0, y = 0, item }: { x?: number; y?: number; item?: Drawn<Row> }) {
  if (!item) return null;
  return (
    <AxisName
      x={x}
      y={y}
      text={item.name.text}
      full={item.name.full}
      truncated={item.name.truncated}
      muted={!item.row}
    />
  );
}

type BarValueLabelProps<Row> = {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  item?: Drawn<Row>;
};

/** The value beside its bar, or inside it, as the layout decided; nothing when it did not fit. */
function BarValueLabel<Row>({
  x = 0,
  y = 0,
  width = 0,
  height = 0,
  item,
}: BarValueLabelProps<Row>) {
  const place = item?.label?.place;
  if (!item?.label || !place) return null;
  const start = Number(x);
  const end = start + Number(width);
  const [low, high] = [Math.min(start, end), Math.max(start, end)];
  const positive = (item.value ?? 0) >= 0;
  const at = !place.inside ? high + 4 : positive ? high - 4 : low + 4;
  return (
    <text
      x={at}
      y={Number(y) + Number(height) / 2}
      textAnchor={place.anchor}
      dominantBaseline="central"
      fontSize={VALUE_FONT}
      fill={place.inside ? '#ffffff' : '#3e4c59'}
      className="bar-value-label"
    >
      {item.label.text}
    </text>
  );
}

/** The target's value above the plot, turned inwards near an edge so that it is never cut. */
function TargetLabel({
  viewBox,
  text,
  chartWidth,
}: {
  viewBox?: { x?: number; y?: number };
  text: string;
  chartWidth: number;
}) {
  if (!text || viewBox?.x === undefined || viewBox.y === undefined) return null;
  const half = measureText(text, VALUE_FONT) / 2;
  const x = Math.min(Math.max(viewBox.x, half + 2), chartWidth - half - 2);
  return (
    <text
      x={x}
      y={viewBox.y - 8}
      textAnchor="middle"
      fontSize={VALUE_FONT}
      fill={targetColor}
      className="target-label"
    >
      {text}
    </text>
  );
}
