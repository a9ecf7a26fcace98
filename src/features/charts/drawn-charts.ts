// The charts drawn with Recharts, in a chunk of their own (see lazy-charts.tsx): with Recharts, d3
// and their state code they are about 130 KiB gzip that the first screen does not need.
export { CaseResolutionChart } from './case-resolution-chart';
export { FunnelChart } from './funnel-chart';
export { TrendChart } from './trend-chart';
export { UnitBarChart } from './unit-bar-chart';
