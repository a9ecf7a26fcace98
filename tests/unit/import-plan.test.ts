import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleDataset } from '@mocks/node';
import { datasetXlsx } from '@/features/import/dataset-export';
import { ImportSession } from '@/features/import/import-session';
import type { ImportedFigure } from '@/features/import/parse/interpret';
import { readImportFile, type FileInput } from '@/features/import/parse/read-file';
import { buildTemplateSheets, templateCsv, templateXlsx } from '@/features/import/template';
import { readXlsx } from '@/features/import/parse/xlsx-reader';
import { cellText } from '@/features/import/parse/values';
import { answerRequest } from '@/lib/query-engine/answer-request';
import { datasetSchema, type Dataset } from '@/schemas/api';
import { observationSchema } from '@/schemas/observation';

/** The units that report figures: the 盟市, not the counties below two of them. */
const leagueCities = sampleDataset.units.filter((unit) => unit.level === 'league-city');
const reportingUnits = leagueCities.length;
const counties = sampleDataset.units.filter((unit) => unit.level === 'county');

const csv = (name: string, text: string): FileInput => ({
  name,
  bytes: new TextEncoder().encode(text),
});
const NOW = new Date('2024-08-05T10:30:00');

/** A real (not sample) dataset to import onto: the sample's catalogue and figures, marked real. */
const realDataset: Dataset = { ...sampleDataset, meta: { ...sampleDataset.meta, isSample: false } };

function importInto(
  current: Dataset,
  files: FileInput[],
  choices = new Map<string, ImportedFigure>(),
) {
  const session = new ImportSession(current);
  const plan = session.read(files, () => {});
  return { plan, apply: () => session.apply(choices, NOW) };
}

const observation = (dataset: Dataset, unitId: string, indicatorId: string, period: string) =>
  dataset.observations.find(
    (item) => item.unitId === unitId && item.indicatorId === indicatorId && item.period === period,
  );

describe('preview and commit', () => {
  const existing = observation(realDataset, 'baotou', 'backlog-assigned', '2024-06')!;

  it('shows new, changed (old → new), unchanged and missing before anything is applied', () => {
    const { plan } = importInto(realDataset, [
      csv(
        'baotou.csv',
        [
          '盟市,月份,指标,数值',
          `包头市,2024-06,交办积案,${existing.value! + 7}`,
          `包头市,2024-06,已化解积案,${observation(realDataset, 'baotou', 'backlog-resolved', '2024-06')!.value}`,
          '包头市,2024-07,交办积案,900',
        ].join('\n'),
      ),
    ]);
    expect(plan.errors).toBe(0);
    expect(plan.added.map((change) => change.key)).toEqual(['backlog-assigned|baotou|2024-07']);
    expect(plan.changed).toMatchObject([{ before: existing.value, after: existing.value! + 7 }]);
    expect(plan.unchanged).toBe(1);
    expect(plan.period).toEqual({ from: '2024-06', to: '2024-07' });
    // Every other unit has June figures already but none for July.
    expect(plan.missing).toHaveLength(reportingUnits - 1);
    expect(plan.missing.every((item) => item.months.join() === '2024-07')).toBe(true);
    // Still missing means a 盟市 that has not reported, never one of the counties.
    expect(counties.length).toBeGreaterThan(0);
    expect(plan.missing.map((item) => item.unitId).sort()).toEqual(
      leagueCities
        .map((unit) => unit.id)
        .filter((id) => id !== 'baotou')
        .sort(),
    );
  });

  it('refuses a county row, naming its 盟市, and keeps the counties’ figures as they were', () => {
    const county = counties.find((unit) => unit.parentId === 'hohhot')!;
    const before = observation(realDataset, county.id, 'backlog-assigned', '2024-06')!;
    const { plan, apply } = importInto(realDataset, [
      csv(
        'county.csv',
        ['盟市,月份,指标,数值', `${county.name},2024-06,交办积案,${before.value! + 3}`].join('\n'),
      ),
    ]);
    expect(plan.errors).toBe(1);
    expect(plan.problems[0]).toMatchObject({ severity: 'error', row: 2 });
    expect(plan.problems[0]?.message).toContain(`“${county.name}”是属呼和浩特市的旗县市区`);
    expect(plan.problems[0]?.message).toContain('请填写呼和浩特市的数字');
    expect(plan.added).toEqual([]);
    expect(plan.changed).toEqual([]);
    expect(apply).toThrow(/errors/);
  });

  it('keeps the first reported figure and the date of the correction', () => {
    const corrected = existing.value! + 7;
    const { apply } = importInto(realDataset, [
      csv('a.csv', `盟市,月份,指标,数值\n包头市,2024-06,交办积案,${corrected}\n`),
    ]);
    const once = apply();
    expect(observation(once, 'baotou', 'backlog-assigned', '2024-06')).toMatchObject({
      value: corrected,
      revised: true,
      previousValue: existing.value,
      revisedAt: '2024-08-05',
    });
    // A second correction still names the figure first reported (原报).
    const twice = importInto(once, [
      csv('b.csv', `盟市,月份,指标,数值\n包头市,2024-06,交办积案,${corrected + 1}\n`),
    ]).apply();
    expect(observation(twice, 'baotou', 'backlog-assigned', '2024-06')).toMatchObject({
      value: corrected + 1,
      previousValue: existing.value,
    });
    expect(datasetSchema.safeParse(twice).success).toBe(true);
    expect(twice.meta).toMatchObject({ isSample: false, version: 'import-202408051030' });
    expect(twice.meta.source).toBe('导入数据（b.csv；2024-08-05 10:30导入）');
  });

  it('applies nothing while a file has an error', () => {
    const { plan, apply } = importInto(realDataset, [
      csv('good.csv', '盟市,月份,指标,数值\n包头市,2024-07,交办积案,1\n'),
      csv('bad.csv', '盟市,月份,指标,数值\n包头市,2024-07,已化解积案,-1\n'),
    ]);
    expect(plan.errors).toBe(1);
    expect(apply).toThrow(/errors/);
  });

  it('lets the user settle a figure that differs between two files', () => {
    const files = [
      csv('a.csv', '盟市,月份,指标,数值\n包头市,2024-07,交办积案,10\n乌海市,2024-07,交办积案,3\n'),
      csv('b.csv', '盟市,月份,指标,数值\n包头市,2024-07,交办积案,12\n乌海市,2024-07,交办积案,3\n'),
    ];
    const unsettled = importInto(realDataset, files);
    expect(unsettled.plan.conflicts).toHaveLength(1);
    expect(unsettled.plan.conflicts[0]?.options.map((option) => option.file)).toEqual([
      'a.csv',
      'b.csv',
    ]);
    expect(unsettled.apply).toThrow(/conflicts/);
    const choice = unsettled.plan.conflicts[0]!.options[1]!;
    const settled = importInto(
      realDataset,
      files,
      new Map([[unsettled.plan.conflicts[0]!.key, choice]]),
    );
    expect(observation(settled.apply(), 'baotou', 'backlog-assigned', '2024-07')?.value).toBe(12);
  });

  it('never mixes sample figures with imported ones', () => {
    const { plan, apply } = importInto(sampleDataset, [
      csv('a.csv', '盟市,月份,指标,数值\n包头市,2024-07,交办积案,10\n'),
    ]);
    expect(plan.changed).toEqual([]);
    const dataset = apply();
    expect(dataset.observations).toHaveLength(1);
    expect(dataset.tasks).toEqual([]);
    expect(dataset.meta.isSample).toBe(false);
  });
});

describe('names in the preview', () => {
  it('names the units and indicators a dataset JSON brings, not by their ids', () => {
    const unit = { ...leagueCities[0]!, id: 'new-league', name: '新设盟' };
    const indicator = { ...sampleDataset.indicators[0]!, id: 'new-indicator', name: '新指标' };
    const brought: Dataset = {
      ...realDataset,
      units: [...realDataset.units, unit],
      indicators: [...realDataset.indicators, indicator],
      observations: [
        { indicatorId: 'new-indicator', unitId: 'new-league', period: '2024-06', value: 5 },
      ],
    };
    const session = new ImportSession(sampleDataset);
    const plan = session.read(
      [{ name: 'brought.json', bytes: new TextEncoder().encode(JSON.stringify(brought)) }],
      () => {},
    );
    expect(plan.errors).toBe(0);
    const names = session.names();
    expect(names.units.find((item) => item.id === 'new-league')?.name).toBe('新设盟');
    expect(names.indicators.find((item) => item.id === 'new-indicator')?.name).toBe('新指标');
    // The dataset on screen still names its own units.
    expect(names.units.find((item) => item.id === 'baotou')?.name).toBe('包头市');
    expect(names.isSample).toBe(true);
  });
});

describe('one engine', () => {
  it('answers an imported dataset through the same contract as the mock API', () => {
    const dataset = importInto(realDataset, [
      csv('a.csv', '盟市,月份,指标,数值\n包头市,2024-06,交办积案,4321\n'),
    ]).apply();
    const answer = answerRequest(
      dataset,
      '/observations',
      new URLSearchParams('indicator=backlog-assigned&unit=baotou&from=2024-06&to=2024-06'),
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      points: [{ unitId: 'baotou', period: '2024-06', value: 4321, revised: true }],
    });
    expect(
      answerRequest(dataset, '/observations', new URLSearchParams('unit=atlantis')).status,
    ).toBe(400);
  });
});

describe('templates are per 盟市', () => {
  it('lists the 12 盟市 in the drop-down and the rows, and none of the counties', async () => {
    const options = { unitId: null, from: '2024-07', to: '2024-07' };
    const grids = readXlsx(
      't.xlsx',
      new Uint8Array(await (await templateXlsx(sampleDataset, options)).arrayBuffer()),
    );
    const names = leagueCities.map((unit) => unit.name);
    const lists = grids.find((grid) => grid.sheet === '名录')!;
    const listed = lists.rows
      .slice(1)
      .map((row) => cellText(row.cells[0]))
      .filter(Boolean);
    expect(listed).toEqual(names);
    const caseSheet = grids.find((grid) => grid.sheet === '积案化解')!;
    expect(caseSheet.rows.slice(1).map((row) => cellText(row.cells[0]))).toEqual(names);
    const csvText = await templateCsv(sampleDataset, options).text();
    for (const county of counties) expect(csvText).not.toContain(county.name);
    for (const name of names) expect(csvText).toContain(`${name},2024-07,`);
  });
});

describe('round trip', () => {
  it('template → filled → imported → exported → re-imported gives identical data', async () => {
    // Fill the template as an office would: a figure in every cell of the case-resolution sheet.
    const options = { unitId: null, from: '2024-07', to: '2024-08' };
    const { sheets } = buildTemplateSheets(sampleDataset, options);
    const template = readXlsx(
      't.xlsx',
      new Uint8Array(await (await templateXlsx(sampleDataset, options)).arrayBuffer()),
    );
    expect(template.map((grid) => grid.sheet)).toEqual(sheets.map((sheet) => sheet.sheet));
    const caseSheet = template.find((grid) => grid.sheet === '积案化解')!;
    const header = caseSheet.rows[0]!.cells.map((cell) => cellText(cell));
    const lines = [header.join(',')];
    caseSheet.rows.slice(1).forEach((row, index) => {
      const cells = header.map((name, column) => {
        if (column < 2) return cellText(row.cells[column]);
        if (name === '备注') return index === 3 ? '含补报' : '';
        if (/率/.test(name)) return (40 + (index % 50) + 0.25).toString();
        return String(100 + index * 3);
      });
      lines.push(cells.join(','));
    });
    const first = importInto(sampleDataset, [csv('filled.csv', lines.join('\n'))]);
    expect(first.plan.errors).toBe(0);
    const imported = first.apply();
    expect(imported.observations.length).toBe(2 * reportingUnits * (header.length - 3));

    const exported = new Uint8Array(await (await datasetXlsx(imported)).arrayBuffer());
    const again = importInto(sampleDataset, [{ name: 'export.xlsx', bytes: exported }]);
    expect(again.plan.problems).toEqual([]);
    const reimported = again.apply();
    expect(reimported.observations).toEqual(imported.observations);
  });
});

describe('the CSV importer never throws', () => {
  const cell = fc.oneof(
    fc.constantFrom(
      '包头市',
      '乌海市',
      '包头',
      '2024-07',
      '2024-13',
      '交办积案',
      '积案化解率',
      '1,234',
      '—',
      '-5',
      '120%',
      '',
      ' ',
    ),
    fc.string({ maxLength: 12 }),
    fc.double({ noNaN: false }).map(String),
  );
  const header = fc.constantFrom(
    '盟市,月份,指标,数值,备注',
    '盟市,月份,交办积案（件）,积案化解率（%）',
    '',
    'a,b',
  );
  it('either accepts a file or reports at least one located problem', () => {
    fc.assert(
      fc.property(
        header,
        fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }),
        fc.boolean(),
        (head, rows, gb) => {
          const text = [
            head,
            ...rows.map((row) =>
              row
                .map((value) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value))
                .join(','),
            ),
          ].join('\n');
          const bytes = gb
            ? new Uint8Array([0xb0, 0xfc, ...new TextEncoder().encode(text)])
            : new TextEncoder().encode(text);
          const reading = readImportFile({ name: 'p.csv', bytes }, sampleDataset);
          const errors = reading.problems.filter((problem) => problem.severity === 'error');
          if (errors.length === 0)
            // Accepted: every figure is a valid observation of a known unit and indicator.
            return reading.figures
              .toArray()
              .every(
                (figure) =>
                  observationSchema.safeParse(figure).success &&
                  sampleDataset.units.some((unit) => unit.id === figure.unitId),
              );
          // Refused: each problem names its file and row, or is about the file as a whole.
          return errors.every(
            (problem) =>
              problem.file === 'p.csv' &&
              problem.message.length > 0 &&
              (problem.row !== undefined || /表头|文件/.test(problem.message)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
