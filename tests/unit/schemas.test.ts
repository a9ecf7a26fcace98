import { describe, expect, it } from 'vitest';
import type { z } from '@/schemas/zod';
import { generateSampleDataset } from '@mocks/data/generate-sample';
import {
  datasetSchema,
  indicatorsResponseSchema,
  observationsResponseSchema,
  periodSchema,
  problemSchema,
} from '@/schemas/api';
import { isoDateSchema, monthSchema } from '@/schemas/common';
import { datasetMetaSchema } from '@/schemas/dataset';
import { indicatorSchema, type Indicator } from '@/schemas/indicator';
import { initiativeSchema } from '@/schemas/initiative';
import { narrativeSentenceSchema, type NarrativeSentence } from '@/schemas/narrative';
import { observationSchema, type Observation } from '@/schemas/observation';
import { taskSchema, type Task } from '@/schemas/task';
import { unitSchema, type Unit } from '@/schemas/unit';

const sample = generateSampleDataset();

type Issue = { path: string; message: string };

/** The issues a schema reports for a value, with paths joined as the API client prints them. */
function issuesOf(schema: z.ZodMiniType, value: unknown): Issue[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

function first<T>(items: T[], what: string): T {
  const item = items[0];
  if (item === undefined) throw new Error(`the sample has no ${what}`);
  return item;
}

const observation: Observation = first(sample.observations, 'observation');
const rateIndicator: Indicator = first(
  sample.indicators.filter((indicator) => indicator.id === 'backlog-resolution-rate'),
  'backlog resolution rate',
);
const countIndicator: Indicator = first(
  sample.indicators.filter((indicator) => indicator.id === 'backlog-resolved'),
  'backlog resolved count',
);
const task: Task = first(sample.tasks, 'task');
const sentence: NarrativeSentence = first(sample.narrative, 'narrative sentence');

describe('the schemas accept the sample dataset', () => {
  it('accepts the whole dataset', () => {
    expect(issuesOf(datasetSchema, sample)).toEqual([]);
  });

  it('accepts each part on its own', () => {
    expect(issuesOf(datasetMetaSchema, sample.meta)).toEqual([]);
    for (const unit of sample.units) expect(issuesOf(unitSchema, unit)).toEqual([]);
    for (const initiative of sample.initiatives)
      expect(issuesOf(initiativeSchema, initiative)).toEqual([]);
    for (const indicator of sample.indicators)
      expect(issuesOf(indicatorSchema, indicator)).toEqual([]);
    for (const item of sample.tasks) expect(issuesOf(taskSchema, item)).toEqual([]);
    for (const item of sample.narrative)
      expect(issuesOf(narrativeSentenceSchema, item)).toEqual([]);
  });

  it('survives a JSON round trip unchanged, as an import or a response would', () => {
    const parsed = datasetSchema.parse(JSON.parse(JSON.stringify(sample)));
    expect(parsed).toEqual(sample);
  });
});

describe('months, dates and periods', () => {
  it.each(['2024-01', '2024-06', '2024-12'])('accepts the month %s', (month) => {
    expect(monthSchema.safeParse(month).success).toBe(true);
  });

  it.each(['2024-13', '2024-00', '2024-6', '24-06', '2024/06', '2024-06-30'])(
    'rejects the month %s with a message showing the format',
    (month) => {
      expect(issuesOf(monthSchema, month)).toEqual([
        { path: '', message: 'expected a month as YYYY-MM, such as 2024-06' },
      ]);
    },
  );

  it('names the field of an observation whose month is malformed', () => {
    expect(issuesOf(observationSchema, { ...observation, period: '2024-13' })).toEqual([
      { path: 'period', message: 'expected a month as YYYY-MM, such as 2024-06' },
    ]);
  });

  it('rejects a calendar date that does not exist', () => {
    expect(issuesOf(isoDateSchema, '2024-02-30')).toEqual([
      { path: '', message: 'expected a date as YYYY-MM-DD, such as 2024-06-30' },
    ]);
    expect(isoDateSchema.safeParse('2024-02-29').success).toBe(true);
  });

  it('accepts a quarter in a response period, but not a quarter 5', () => {
    expect(periodSchema.safeParse('2024-Q2').success).toBe(true);
    expect(periodSchema.safeParse('2024-Q5').success).toBe(false);
  });
});

describe('observations', () => {
  it('accepts null as a gap, with a note saying why', () => {
    expect(
      issuesOf(observationSchema, { ...observation, value: null, note: '未按时报送' }),
    ).toEqual([]);
  });

  it('does not accept a missing value as a gap: null has to be explicit', () => {
    const withoutValue: Partial<Observation> = { ...observation };
    delete withoutValue.value;
    expect(issuesOf(observationSchema, withoutValue)).toEqual([
      { path: 'value', message: 'Invalid input: expected number, received undefined' },
    ]);
  });

  it.each([
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
  ])('rejects %s instead of treating it as a number', (value, shown) => {
    expect(issuesOf(observationSchema, { ...observation, value })).toEqual([
      { path: 'value', message: `Invalid input: expected number, received ${shown}` },
    ]);
  });

  it('rejects an id that is not lower-case words joined by hyphens', () => {
    expect(issuesOf(observationSchema, { ...observation, unitId: 'Hohhot City' })).toEqual([
      { path: 'unitId', message: 'expected an id of lower-case letters, digits and hyphens' },
    ]);
  });

  it('rejects a note too long to lay out', () => {
    const issues = issuesOf(observationSchema, { ...observation, note: '缺'.repeat(301) });
    expect(issues.map((issue) => issue.path)).toEqual(['note']);
  });
});

describe('indicators', () => {
  it('rejects a measure unit the dashboard cannot format, listing the ones it can', () => {
    const issues = issuesOf(indicatorSchema, { ...countIndicator, unit: 'kg' });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('unit');
    expect(issues[0]?.message).toContain('"万件"');
    expect(issues[0]?.message).toContain('"个百分点"');
  });

  it('refuses to sum a rate across units', () => {
    expect(issuesOf(indicatorSchema, { ...rateIndicator, rollup: { method: 'sum' } })).toEqual([
      {
        path: 'rollup',
        message: 'only counts can be summed across units; use mean or ratio for rates and changes',
      },
    ]);
  });

  it('refuses to sum a change across units', () => {
    const change = sample.indicators.find((indicator) => indicator.kind === 'change');
    expect(change).toBeDefined();
    const issues = issuesOf(indicatorSchema, { ...change, rollup: { method: 'sum' } });
    expect(issues.map((issue) => issue.path)).toEqual(['rollup']);
  });

  it('lets a count be summed and a rate be averaged', () => {
    expect(issuesOf(indicatorSchema, { ...countIndicator, rollup: { method: 'sum' } })).toEqual([]);
    expect(issuesOf(indicatorSchema, { ...rateIndicator, rollup: { method: 'mean' } })).toEqual([]);
  });

  it('rejects a ratio rollup without a positive scale', () => {
    const issues = issuesOf(indicatorSchema, {
      ...rateIndicator,
      rollup: { ...rateIndicator.rollup, scale: 0 },
    });
    expect(issues.map((issue) => issue.path)).toEqual(['rollup.scale']);
  });

  it('rejects an unknown rollup method', () => {
    const issues = issuesOf(indicatorSchema, { ...countIndicator, rollup: { method: 'median' } });
    expect(issues.map((issue) => issue.path)).toEqual(['rollup.method']);
  });

  it('rejects a target whose due month is malformed', () => {
    const issues = issuesOf(indicatorSchema, {
      ...rateIndicator,
      targets: [{ value: 55, due: '2024-13', unitId: null }],
    });
    expect(issues).toEqual([
      { path: 'targets.0.due', message: 'expected a month as YYYY-MM, such as 2024-06' },
    ]);
  });

  it('gives an indicator without targets an empty list', () => {
    const withoutTargets: Partial<Indicator> = { ...countIndicator };
    delete withoutTargets.targets;
    expect(indicatorSchema.parse(withoutTargets).targets).toEqual([]);
  });

  it('rejects an empty name, which would leave a chart without a title', () => {
    expect(issuesOf(indicatorSchema, { ...countIndicator, name: '   ' })).toEqual([
      { path: 'name', message: 'must not be empty' },
    ]);
  });
});

describe('tasks', () => {
  it('rejects a negative progress', () => {
    const issues = issuesOf(taskSchema, { ...task, progress: -5 });
    expect(issues.map((issue) => issue.path)).toEqual(['progress']);
    expect(issues[0]?.message).toMatch(/>=0/);
  });

  it('rejects a progress above 100 %', () => {
    const issues = issuesOf(taskSchema, { ...task, progress: 101 });
    expect(issues.map((issue) => issue.path)).toEqual(['progress']);
    expect(issues[0]?.message).toMatch(/<=100/);
  });

  it('rejects an unknown status, listing the known ones', () => {
    const issues = issuesOf(taskSchema, { ...task, status: 'cancelled' });
    expect(issues.map((issue) => issue.path)).toEqual(['status']);
    expect(issues[0]?.message).toContain('"overdue"');
  });

  it('rejects a due date that is only a month', () => {
    expect(issuesOf(taskSchema, { ...task, due: '2024-06' })).toEqual([
      { path: 'due', message: 'expected a date as YYYY-MM-DD, such as 2024-06-30' },
    ]);
  });
});

describe('narrative sentences', () => {
  it('rejects a placeholder that no binding fills, naming it and the text it is in', () => {
    expect(
      issuesOf(narrativeSentenceSchema, { ...sentence, text: `${sentence.text}另有{missing}件。` }),
    ).toEqual([{ path: 'text', message: 'placeholder {missing} has no binding' }]);
  });

  it('checks the English text too', () => {
    expect(
      issuesOf(narrativeSentenceSchema, { ...sentence, textEn: 'A total of {total} cases.' }),
    ).toEqual([{ path: 'textEn', message: 'placeholder {total} has no binding' }]);
  });

  it('accepts a sentence without placeholders and without bindings', () => {
    expect(
      issuesOf(narrativeSentenceSchema, {
        ...sentence,
        text: '全区政法机关扎实推进主题教育。',
        textEn: 'The campaign is progressing.',
        bindings: [],
      }),
    ).toEqual([]);
  });

  it('rejects an unknown measure in a binding', () => {
    const binding = first(sentence.bindings, 'binding');
    const issues = issuesOf(narrativeSentenceSchema, {
      ...sentence,
      bindings: [{ ...binding, measure: 'average' }],
    });
    expect(issues.map((issue) => issue.path)).toEqual(['bindings.0.measure']);
  });
});

describe('units, initiatives and metadata', () => {
  it('rejects an unknown administrative level', () => {
    const unit = first(sample.units, 'unit');
    expect(issuesOf(unitSchema, { ...unit, level: 'province' }).map((issue) => issue.path)).toEqual(
      ['level'],
    );
  });

  it('treats a unit without a border flag as not on the border', () => {
    const unit: Partial<Unit> = { ...first(sample.units, 'unit') };
    delete unit.border;
    expect(unitSchema.parse(unit).border).toBe(false);
  });

  it('rejects an initiative in a section the report does not have', () => {
    const initiative = first(sample.initiatives, 'initiative');
    expect(
      issuesOf(initiativeSchema, { ...initiative, section: 'finance' }).map((issue) => issue.path),
    ).toEqual(['section']);
  });

  it('rejects an as-of date that is not a date', () => {
    expect(issuesOf(datasetMetaSchema, { ...sample.meta, asOf: '2024年6月30日' })).toEqual([
      { path: 'asOf', message: 'expected a date as YYYY-MM-DD, such as 2024-06-30' },
    ]);
  });
});

describe('response schemas', () => {
  it('point at the bad element inside a list', () => {
    const indicators = sample.indicators.map((indicator, index) =>
      index === 2 ? { ...indicator, unit: 'kg' } : indicator,
    );
    expect(issuesOf(indicatorsResponseSchema, { indicators }).map((issue) => issue.path)).toEqual([
      'indicators.2.unit',
    ]);
  });

  it('a dataset names the observation that is wrong', () => {
    const observations = sample.observations.map((item, index) =>
      index === 7 ? { ...item, period: '2024-13' } : item,
    );
    expect(issuesOf(datasetSchema, { ...sample, observations })).toEqual([
      { path: 'observations.7.period', message: 'expected a month as YYYY-MM, such as 2024-06' },
    ]);
  });

  it('an observations response takes the region-wide "all" unit and quarters', () => {
    const response = {
      granularity: 'quarter',
      aggregate: true,
      points: [
        {
          indicatorId: 'backlog-resolved',
          unitId: 'all',
          period: '2024-Q2',
          value: null,
          reported: 0,
          expected: 12,
        },
      ],
    };
    expect(issuesOf(observationsResponseSchema, response)).toEqual([]);
    const weekly = { ...response, granularity: 'week' };
    expect(issuesOf(observationsResponseSchema, weekly).map((issue) => issue.path)).toEqual([
      'granularity',
    ]);
  });

  it('a problem needs a title and a status', () => {
    expect(issuesOf(problemSchema, { title: 'Bad request', status: 400 })).toEqual([]);
    expect(issuesOf(problemSchema, { detail: 'oops' }).map((issue) => issue.path)).toEqual([
      'title',
      'status',
    ]);
  });
});
