// Benchmark of the query engine: region scale to 1,000,000 observations.
// Reports medians of repeated runs, and the indexed engine beside a plain scan of the same data in
// the same run, so that the machine's noise affects both sides alike. Usage: npm run bench
import { performance } from 'node:perf_hooks';
import { generateLargeDataset } from '../mocks/data/generate-large';
import { indexDataset } from '../src/lib/query-engine/dataset-index';
import { parseObservationQuery } from '../src/lib/query-engine/parse-query';
import { queryObservations } from '../src/lib/query-engine/query-observations';
import type { Dataset } from '../src/schemas/api';

const sizes = [
  { label: 'region (12 units)', units: 12, indicators: 34, months: 32 },
  { label: '100k', units: 120, indicators: 34, months: 25 },
  { label: '1M', units: 1000, indicators: 40, months: 25 },
];
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

function time(run: () => unknown): number {
  // Warm up first, so that every size is measured with optimised code, not the first one cold.
  for (let index = 0; index < 20; index += 1) run();
  const samples: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** What a dashboard view asks: one unit ranking, one combined trend, one quarterly view. */
function dashboardQueries(dataset: Dataset) {
  const units = dataset.units
    .filter((unit) => unit.level !== 'region')
    .slice(0, 12)
    .map((unit) => unit.id)
    .join(',');
  return [
    `indicator=backlog-assigned,backlog-resolved,backlog-resolution-rate&unit=${units}&from=2023-07&to=2024-06`,
    'indicator=backlog-resolution-rate&from=2023-07&to=2024-06&aggregate=true',
    'indicator=disputes-diverted&from=2023-01&to=2024-06&granularity=quarter&aggregate=true',
  ].map((query) => new URLSearchParams(query));
}

/** The same answer as the first query, by scanning every observation: the baseline. */
function plainScan(dataset: Dataset) {
  const indicators = new Set(['backlog-assigned', 'backlog-resolved', 'backlog-resolution-rate']);
  const units = new Set(
    dataset.units
      .filter((unit) => unit.level !== 'region')
      .slice(0, 12)
      .map((unit) => unit.id),
  );
  return dataset.observations.filter(
    (item) =>
      indicators.has(item.indicatorId) &&
      units.has(item.unitId) &&
      item.period >= '2023-07' &&
      item.period <= '2024-06',
  ).length;
}

console.log(`node ${process.version}; medians of ${RUNS} runs; times in ms`);
console.log(
  'size | observations | generate | index (once) | ranking query | scan baseline | scan ÷ query | trend (combined) | quarterly (combined)',
);
for (const size of sizes) {
  const generateStart = performance.now();
  const dataset = generateLargeDataset({
    units: size.units,
    indicators: size.indicators,
    months: size.months,
  });
  const generateMs = performance.now() - generateStart;
  const indexStart = performance.now();
  const index = indexDataset(dataset);
  const indexMs = performance.now() - indexStart;
  const parsed = dashboardQueries(dataset).map((params) => {
    const result = parseObservationQuery(params, index);
    if (!result.ok) throw new Error(result.problem.detail);
    return result.value;
  });
  const [ranking, trend, quarterly] = parsed.map((query) =>
    time(() => queryObservations(index, query)),
  );
  const scan = time(() => plainScan(dataset));
  const cells = [
    size.label,
    dataset.observations.length.toLocaleString('en'),
    generateMs.toFixed(0),
    indexMs.toFixed(0),
    (ranking ?? 0).toFixed(2),
    scan.toFixed(2),
    `${(scan / (ranking ?? 1)).toFixed(1)}×`,
    (trend ?? 0).toFixed(2),
    (quarterly ?? 0).toFixed(2),
  ];
  console.log(cells.join(' | '));
}
