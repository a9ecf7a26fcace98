/** The font size of category names beside horizontal bars, for measuring and for drawing. */
export const NAME_FONT = 13;

/**
 * A category name on a horizontal bar chart's axis, right-aligned against the bars; a name cut to fit
 * carries the full one as its SVG title (the tooltip), and the table always has it whole.
 */
export function AxisName({
  x,
  y,
  text,
  full,
  truncated,
  muted = false,
}: {
  x: number;
  y: number;
  text: string;
  full: string;
  truncated: boolean;
  muted?: boolean;
}) {
  return (
    <text
      x={x}
      y={y}
      textAnchor="end"
      dominantBaseline="central"
      fontSize={NAME_FONT}
      fill={muted ? '#7b8794' : '#3e4c59'}
      className="recharts-cartesian-axis-tick-value"
    >
      {truncated && <title>{full}</title>}
      {text}
    </text>
  );
}
