import { Line, LineChart, ResponsiveContainer } from 'recharts';

/** A small trend line for a headline figure; decorative, the figure itself is the text. */
export function Sparkline({
  points,
  color,
}: {
  points: Array<{ period: string; value: number | null }>;
  color: string;
}) {
  return (
    <div className="sparkline" aria-hidden="true">
      <ResponsiveContainer width="100%" height={40}>
        <LineChart
          accessibilityLayer={false}
          data={points}
          margin={{ top: 4, right: 2, bottom: 4, left: 2 }}
        >
          <Line
            dataKey="value"
            stroke={color}
            strokeWidth={2}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
