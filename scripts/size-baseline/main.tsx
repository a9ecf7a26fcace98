// The yardstick for the first screen: React and the Recharts pieces the dashboard draws with, nothing else.
import { createRoot } from 'react-dom/client';
import {
  Bar,
  BarChart,
  ComposedChart,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

const data = [{ name: 'a', value: 1 }];
createRoot(document.getElementById('root') as HTMLElement).render(
  <ResponsiveContainer width="100%" height={200}>
    <ComposedChart data={data}>
      <XAxis dataKey="name" />
      <YAxis />
      <Tooltip />
      <Bar dataKey="value" />
      <Line dataKey="value" />
    </ComposedChart>
  </ResponsiveContainer>,
);
export { BarChart, LineChart };
