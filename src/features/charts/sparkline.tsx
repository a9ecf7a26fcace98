/*
 * A small trend line for a headline figure; decorative, the figure itself is the text. Drawn as a
 * plain SVG path, not a Recharts chart: eight of them each measuring their box (ResizeObserver) and
 * registering in a chart store made one task of 90–110 ms when the headline cards arrived.
 */

type SparkPoint = { period: string; value: number | null };

/** The drawing box (stretched to the card's width); the line keeps its width (non-scaling stroke). */
const WIDTH = 100;
const HEIGHT = 40;
const MARGIN_Y = 4;

export type SparklineShape = {
  /** One "M…L…" run per stretch of consecutive reported periods (a gap breaks the line). */
  paths: string[];
  /** Reported periods with no reported neighbour: a line of one point would not show. */
  dots: Array<{ x: number; y: number }>;
};

const round = (value: number) => Math.round(value * 100) / 100;

/** Where each reported value sits in the box: periods evenly across, values from 0 (or below) up. */
export function sparklineShape(points: readonly SparkPoint[]): SparklineShape {
  const values = points.flatMap((point) =>
    point.value !== null && Number.isFinite(point.value) ? [point.value] : [],
  );
  if (values.length === 0) return { paths: [], dots: [] };
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const span = high - low || 1;
  const x = (index: number) =>
    points.length === 1 ? WIDTH / 2 : (index / (points.length - 1)) * WIDTH;
  const y = (value: number) => MARGIN_Y + (1 - (value - low) / span) * (HEIGHT - 2 * MARGIN_Y);
  const paths: string[] = [];
  const dots: SparklineShape['dots'] = [];
  let run: Array<[number, number]> = [];
  const endRun = () => {
    if (run.length === 1 && run[0]) dots.push({ x: run[0][0], y: run[0][1] });
    else if (run.length > 1)
      paths.push(run.map(([px, py], index) => `${index === 0 ? 'M' : 'L'}${px},${py}`).join(''));
    run = [];
  };
  points.forEach((point, index) => {
    if (point.value === null || !Number.isFinite(point.value)) endRun();
    else run.push([round(x(index)), round(y(point.value))]);
  });
  endRun();
  return { paths, dots };
}

export function Sparkline({ points, color }: { points: SparkPoint[]; color: string }) {
  const { paths, dots } = sparklineShape(points);
  return (
    <div className="sparkline" aria-hidden="true">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        overflow="visible"
        width="100%"
        height={HEIGHT}
      >
        {paths.map((d) => (
          <path
            key={d}
            d={d}
            fill="none"
            stroke={color}
            strokeWidth={2}
            strokeLinejoin="round"
            strokeLinecap="round"
            vectorEffect="non-scaling-stroke"
          />
        ))}
        {dots.map((dot) => (
          // A dot in a stretched box would be an ellipse: a zero-length stroke with a round cap stays round.
          <path
            key={`${dot.x},${dot.y}`}
            d={`M${dot.x},${dot.y}l0,0`}
            stroke={color}
            strokeWidth={4}
            strokeLinecap="round"
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </svg>
    </div>
  );
}
