export type LegendItem = { label: string; color: string; shape: 'bar' | 'line' | 'dash' };

/** The legend as text, so that colours are explained in words and read by screen readers. */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.label}>
          <svg width="18" height="10" aria-hidden="true" focusable="false">
            {item.shape === 'bar' ? (
              <rect width="18" height="10" rx="2" fill={item.color} />
            ) : (
              <line
                x1="0"
                y1="5"
                x2="18"
                y2="5"
                stroke={item.color}
                strokeWidth="2.5"
                strokeDasharray={item.shape === 'dash' ? '4 3' : undefined}
              />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
