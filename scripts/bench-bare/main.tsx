// The yardstick of `npm run bench:browser`: React and Recharts drawing one bar chart, nothing else.
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

const data = Array.from({ length: 12 }, (_, index) => ({
  name: `unit ${index + 1}`,
  value: 40 + ((index * 37) % 60),
}));

createRoot(document.getElementById('root') as HTMLElement).render(
  <main style={{ maxWidth: 720, margin: '24px auto', fontFamily: 'system-ui, sans-serif' }}>
    <h1 style={{ fontSize: 20 }}>Bar chart</h1>
    <ResponsiveContainer width="100%" height={360}>
      <BarChart data={data} layout="vertical" margin={{ left: 24 }}>
        <XAxis type="number" />
        <YAxis type="category" dataKey="name" width={80} />
        <Tooltip />
        <Bar dataKey="value" fill="#2563eb" />
      </BarChart>
    </ResponsiveContainer>
  </main>,
);
