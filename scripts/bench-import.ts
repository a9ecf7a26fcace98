// Benchmark of importing: CSV (long layout) and XLSX (the template's wide layout) of 13,000 and of
// 1,000,000 observations, generated here. Each run reads the file's bytes, decodes, parses, checks
// every figure against the catalogue, plans and applies the import and indexes the result for the
// query engine — what the import worker does. Beside it, in the same run, a plain reference parse of
// the same bytes (CSV: TextDecoder + Papa.parse; XLSX: unzip + a scan of every cell's value) that
// checks nothing. Medians of several runs. Usage: npm run bench (or tsx scripts/bench-import.ts).
import { performance } from 'node:perf_hooks';
import { strToU8, unzipSync, zipSync } from 'fflate';
import Papa from 'papaparse';
import { generateLargeDataset } from '../mocks/data/generate-large';
import { ImportSession, PREVIEW_ROWS } from '../src/features/import/import-session';
import { indicatorHeader } from '../src/features/import/template';
import { indexDataset } from '../src/lib/query-engine/dataset-index';
import type { Dataset } from '../src/schemas/api';
import type { Indicator } from '../src/schemas/indicator';

const sizes = [
  { label: '13k', units: 12, indicators: 34, months: 32, runs: 7 },
  { label: '1M', units: 1000, indicators: 40, months: 25, runs: 5 },
];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const gc = (globalThis as { gc?: () => void }).gc;
// Typed arrays (the figures' columns, the indexes) live outside V8's heap: they are counted too.
const heapMb = () => {
  const memory = process.memoryUsage();
  return (memory.heapUsed + memory.arrayBuffers) / 1024 / 1024;
};
/** The highest heap seen since the run began: sampled as the import reports progress, and at its end. */
let peakHeap = 0;
const sampleHeap = () => {
  peakHeap = Math.max(peakHeap, heapMb());
};

/** Figures an office could have typed: whole counts, rates within 0–100, every unit in scope. */
function plausible(dataset: Dataset): Dataset {
  const byId = new Map<string, Indicator>();
  const indicators = dataset.indicators.map((indicator) => {
    const { scopeUnitIds: _scope, ...rest } = indicator;
    byId.set(indicator.id, rest);
    return rest;
  });
  const observations = dataset.observations.map((observation) => {
    const indicator = byId.get(observation.indicatorId);
    if (observation.value === null || !indicator) return observation;
    let value = observation.value;
    if (indicator.kind === 'count')
      value = indicator.unit === '万件' ? Math.abs(value) : Math.round(Math.abs(value));
    if (indicator.kind === 'rate' && indicator.unit === '%')
      value = Math.min(100, Math.max(0, value));
    return { ...observation, value };
  });
  // Import is filled per 盟市 (a county row is refused), so the thousand units report at that level.
  const units = dataset.units.map((unit) =>
    unit.level === 'county'
      ? { ...unit, level: 'league-city' as const, kind: 'city' as const, parentId: null }
      : unit,
  );
  return { ...dataset, units, indicators, observations };
}

function csvOf(dataset: Dataset): Uint8Array {
  const units = new Map(dataset.units.map((unit) => [unit.id, unit.name]));
  const indicators = new Map(dataset.indicators.map((item) => [item.id, item.name]));
  const lines = ['盟市,月份,指标,数值,备注'];
  for (const item of dataset.observations)
    lines.push(
      `${units.get(item.unitId)},${item.period},${indicators.get(item.indicatorId)},${item.value ?? '—'},`,
    );
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`);
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function columnLetter(index: number) {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** The template's wide layout (units × months as rows, indicators as columns), as Excel stores it. */
function xlsxOf(dataset: Dataset): Uint8Array {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shared = (text: string) => {
    let index = stringIndex.get(text);
    if (index === undefined) {
      index = strings.push(text) - 1;
      stringIndex.set(text, index);
    }
    return index;
  };
  const indicatorColumn = new Map(dataset.indicators.map((item, index) => [item.id, index + 2]));
  const rows = new Map<string, Array<number | null | undefined>>();
  for (const item of dataset.observations) {
    const key = `${item.unitId}|${item.period}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = []));
    row[indicatorColumn.get(item.indicatorId) ?? 0] = item.value;
  }
  const units = new Map(dataset.units.map((unit) => [unit.id, unit.name]));
  const parts: string[] = [];
  const header = ['盟市', '月份', ...dataset.indicators.map(indicatorHeader)];
  parts.push(
    `<row r="1">${header.map((text, column) => `<c r="${columnLetter(column)}1" t="s"><v>${shared(text)}</v></c>`).join('')}</row>`,
  );
  let rowNumber = 1;
  for (const [key, values] of rows) {
    rowNumber += 1;
    const [unitId, period] = key.split('|') as [string, string];
    let cells = `<c r="A${rowNumber}" t="s"><v>${shared(units.get(unitId) ?? unitId)}</v></c><c r="B${rowNumber}" t="s"><v>${shared(period)}</v></c>`;
    values.forEach((value, column) => {
      if (value === undefined) return;
      const ref = `${columnLetter(column)}${rowNumber}`;
      cells +=
        value === null
          ? `<c r="${ref}" t="s"><v>${shared('—')}</v></c>`
          : `<c r="${ref}"><v>${value}</v></c>`;
    });
    parts.push(`<row r="${rowNumber}">${cells}</row>`);
  }
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${parts.join('')}</sheetData></worksheet>`;
  const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((text) => `<si><t>${escapeXml(text)}</t></si>`).join('')}</sst>`;
  return zipSync(
    {
      'xl/workbook.xml': strToU8(
        '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/sharedStrings.xml': strToU8(sst),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    },
    { level: 6 },
  );
}

/** The whole import as the worker does it: parse, check, plan, apply, index. */
function importAll(base: Dataset, name: string, bytes: Uint8Array) {
  const session = new ImportSession(base);
  // As the import worker does: the preview's lists are cut to PREVIEW_ROWS, their counts are not.
  const plan = session.read([{ name, bytes }], sampleHeap, PREVIEW_ROWS);
  if (plan.errors > 0) throw new Error(`${name}: ${plan.problems[0]?.message}`);
  sampleHeap();
  const dataset = session.apply(new Map(), new Date());
  sampleHeap();
  const count = indexDataset(dataset).dataset.observations.length;
  sampleHeap();
  return count;
}

function referenceCsv(bytes: Uint8Array) {
  return Papa.parse<string[]>(new TextDecoder().decode(bytes)).data.length;
}

function referenceXlsx(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const sheet = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']);
  let cells = 0;
  for (const match of sheet.matchAll(/<c [^>]*>(?:<v>([^<]*)<\/v>)?<\/c>/g))
    if (match[1] !== undefined) cells += 1;
  return cells;
}

function measure(runs: number, run: () => number) {
  const times: number[] = [];
  const heaps: number[] = [];
  let result = 0;
  for (let index = 0; index < runs; index += 1) {
    gc?.();
    const before = heapMb();
    peakHeap = before;
    const start = performance.now();
    result = run();
    times.push(performance.now() - start);
    sampleHeap();
    heaps.push(peakHeap - before);
  }
  return { ms: median(times), heapMb: median(heaps), result };
}

console.log(
  `node ${process.version}; medians; times in ms; heap = the highest V8 heap plus array buffers seen during the run (sampled at each progress report and at the end), above the heap before it${gc ? '' : ' (run with --expose-gc for steadier figures)'}`,
);
console.log(
  'size | format | observations | file MB | import (parse+check+plan+apply+index) | heap MB | reference parse | heap MB | import ÷ reference',
);
for (const size of sizes) {
  const dataset = plausible(
    generateLargeDataset({ units: size.units, indicators: size.indicators, months: size.months }),
  );
  // Imported onto the catalogue alone: every figure is new, as when an office's files first come in.
  const base: Dataset = {
    ...dataset,
    observations: [],
    meta: { ...dataset.meta, isSample: false },
  };
  for (const [format, bytes, reference] of [
    ['CSV', csvOf(dataset), referenceCsv],
    ['XLSX', xlsxOf(dataset), referenceXlsx],
  ] as const) {
    const full = measure(size.runs, () => importAll(base, `bench.${format.toLowerCase()}`, bytes));
    if (full.result !== dataset.observations.length)
      throw new Error(`${format}: imported ${full.result} of ${dataset.observations.length}`);
    const plain = measure(size.runs, () => reference(bytes));
    console.log(
      [
        size.label,
        format,
        dataset.observations.length.toLocaleString('en'),
        (bytes.length / 1024 / 1024).toFixed(1),
        full.ms.toFixed(0),
        full.heapMb.toFixed(0),
        plain.ms.toFixed(0),
        plain.heapMb.toFixed(0),
        `${(full.ms / plain.ms).toFixed(1)}×`,
      ].join(' | '),
    );
  }
}
