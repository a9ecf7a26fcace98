import { describe, expect, it } from 'vitest';
import { generateSampleDataset } from '@mocks/data/generate-sample';
import {
  FEW_UNITS_LAST_MONTH,
  FEW_UNITS_LATE_UNIT,
  generateFewUnitsDataset,
} from '@mocks/data/variant-datasets';
import { liveSection, paragraphFromText, plainText, type LiveTextInput } from '@/app/live-text';
import type { Language } from '@/lib/i18n/language-store';
import { addMonths, periodsOf } from '@/lib/periods';
import { indexDataset } from '@/lib/query-engine/dataset-index';
import { queryObservations } from '@/lib/query-engine/query-observations';
import type { Dataset } from '@/schemas/api';

/*
 * The report's sentences bound to a view, checked against figures computed here straight from the
 * dataset's observations (not through the query engine or the figure policy).
 */

const sample = generateSampleDataset();
const few = generateFewUnitsDataset();

type View = {
  units?: string[];
  from: string;
  to: string;
  granularity?: 'month' | 'quarter';
  comparison?: LiveTextInput['comparison'];
  comparePeriod?: string | null;
  language?: Language;
};

function textOf(dataset: Dataset, sentenceId: string, view: View): string | null {
  const leagueCities = dataset.units.filter((unit) => unit.level === 'league-city');
  const units = view.units
    ? leagueCities.filter((unit) => view.units?.includes(unit.id))
    : leagueCities;
  const granularity = view.granularity ?? 'month';
  const earliest =
    view.comparePeriod && view.comparePeriod < view.from ? view.comparePeriod : view.from;
  const { points } = queryObservations(indexDataset(dataset), {
    indicatorIds: null,
    unitIds: units.map((unit) => unit.id),
    initiativeIds: null,
    from: addMonths(earliest, -12),
    to: view.to,
    granularity,
    aggregate: false,
  });
  const sentence = dataset.narrative.find((item) => item.id === sentenceId);
  if (!sentence) throw new Error(`no sentence ${sentenceId}`);
  const paragraphs = liveSection([sentence], {
    sentences: [sentence],
    indicator: (id) => dataset.indicators.find((indicator) => indicator.id === id),
    points,
    units,
    allUnits: leagueCities,
    periods: periodsOf(view.from, view.to, granularity),
    comparison: view.comparison ?? 'yoy',
    comparePeriod: view.comparePeriod ?? null,
    language: view.language ?? 'zh-CN',
  });
  return paragraphs[0] ? plainText(paragraphs[0]) : null;
}

const stored = (dataset: Dataset, indicatorId: string, unitId: string, period: string) =>
  dataset.observations.find(
    (item) => item.indicatorId === indicatorId && item.unitId === unitId && item.period === period,
  )?.value ?? null;

const sumOf = (dataset: Dataset, indicatorId: string, unitIds: string[], period: string) =>
  unitIds.reduce((sum, unitId) => sum + (stored(dataset, indicatorId, unitId, period) ?? 0), 0);

const grouped = (value: number) => new Intl.NumberFormat('zh-CN').format(value);
const unitIds = (dataset: Dataset) =>
  dataset.units.filter((unit) => unit.level === 'league-city').map((unit) => unit.id);

describe('the report’s sentences bound to the view', () => {
  it('all units: 全区 and the combined figures, the rate recomputed from the counts', () => {
    // May 2024: every unit reported.
    const ids = unitIds(sample);
    const assigned = sumOf(sample, 'backlog-assigned', ids, '2024-05');
    const resolved = sumOf(sample, 'backlog-resolved', ids, '2024-05');
    const rate = ((resolved / assigned) * 100).toFixed(1);
    const text = textOf(sample, 'backlog-progress', { from: '2023-06', to: '2024-05' });
    // The campaign began in June 2023: there is no May 2023 to compare with, and none is made up.
    expect(text).toBe(
      `全区交办积案${grouped(assigned)}件，累计化解${grouped(resolved)}件，化解率${rate}%。`,
    );
    expect(text).not.toMatch(/已报送/);
  });

  it('a late report in the last month: the figure of those who reported, and who is missing', () => {
    // Xilingol has not reported its resolved cases for June 2024.
    const ids = unitIds(sample).filter((id) => id !== 'xilingol');
    const text = textOf(sample, 'backlog-progress', { from: '2023-07', to: '2024-06' });
    expect(text).toContain(
      `累计化解${grouped(sumOf(sample, 'backlog-resolved', ids, '2024-06'))}件`,
    );
    expect(text).toMatch(/（11\/12个盟市已报送；锡林郭勒盟最新数据为2024年5月）。$/);
  });

  it('one unit: the unit’s own name and figures, never 全区', () => {
    const text = textOf(sample, 'backlog-progress', {
      units: ['ordos'],
      from: '2023-07',
      to: '2024-06',
    });
    const assigned = stored(sample, 'backlog-assigned', 'ordos', '2024-06')!;
    expect(text).toMatch(new RegExp(`^鄂尔多斯市交办积案${grouped(assigned)}件`));
    expect(text).not.toContain('全区');
    // In English, the unit leads the sentence.
    expect(
      textOf(sample, 'backlog-progress', {
        units: ['ordos'],
        from: '2023-07',
        to: '2024-06',
        language: 'en',
      }),
    ).toMatch(/^Ordos: \d[\d,]* backlog cases were assigned \([^)]+\)[,.;]/);
  });

  it('says a unit the template repeats once, and puts a remark after the words it qualifies', () => {
    const view = { from: '2023-07', to: '2024-06' };
    const topics = textOf(sample, 'research-topics', view);
    expect(topics).toMatch(/等[\d,]+个调研课题（较上年同期[^）]+）。$/);
    const text = `${topics}${textOf(sample, 'research-findings', view)}`;
    expect(textOf(sample, 'research-findings', view)).toMatch(
      /调研[\d,]+次（[^）]+），梳理问题[\d,]+项（[^）]+），形成解决措施[\d,]+条（[^）]+）/,
    );
    expect(text).not.toMatch(/个（[^）]*）个|次（[^）]*）次|次次|个个调研/);
  });

  it('several units: named as the selection, combined', () => {
    const text = textOf(sample, 'backlog-leaders', {
      units: ['ordos', 'baotou'],
      from: '2023-07',
      to: '2024-06',
    });
    const leaders = sumOf(sample, 'leader-handled', ['ordos', 'baotou'], '2024-06');
    expect(text).toMatch(
      new RegExp(`^包头市、鄂尔多斯市合计政法各单位主要领导亲自牵头包案办理积案${leaders}件`),
    );
  });

  it('a missing report: the coverage is stated inside the sentence', () => {
    // Ulanqab did not report its resolved cases for March 2024.
    const text = textOf(sample, 'backlog-progress', { from: '2023-04', to: '2024-03' });
    expect(text).toMatch(/11\/12个盟市已报送/);
    expect(text).toMatch(/乌兰察布市最新数据为2024年2月/);
    expect(text?.endsWith('）。')).toBe(true);
    // Every unit reported its assigned cases: that count is whole; the rate says who is missing.
    const all = sumOf(sample, 'backlog-assigned', unitIds(sample), '2024-03');
    expect(text).toMatch(new RegExp(`^全区交办积案${grouped(all)}件`));
  });

  it('环比 when 环比 is chosen', () => {
    const text = textOf(sample, 'backlog-progress', {
      from: '2023-07',
      to: '2024-06',
      comparison: 'mom',
    });
    expect(text).toMatch(/化解率[\d.]+%（环比(提高|下降|持平)/);
    expect(text).not.toContain('同比');
  });

  it('any earlier period when chosen, like for like', () => {
    const ids = unitIds(sample);
    const now =
      (sumOf(sample, 'backlog-resolved', ids, '2024-05') /
        sumOf(sample, 'backlog-assigned', ids, '2024-05')) *
      100;
    const then =
      (sumOf(sample, 'backlog-resolved', ids, '2023-12') /
        sumOf(sample, 'backlog-assigned', ids, '2023-12')) *
      100;
    const points = Math.round((now - then) * 10) / 10;
    const text = textOf(sample, 'backlog-progress', {
      from: '2024-01',
      to: '2024-05',
      comparison: 'period',
      comparePeriod: '2023-12',
    });
    expect(text).toContain(
      `化解率${now.toFixed(1)}%（较2023年12月${points > 0 ? '提高' : '下降'}${Math.abs(points).toFixed(1)}个百分点）`,
    );
  });

  it('quarters: the quarter’s figure, compared with its quarter', () => {
    const text = textOf(sample, 'backlog-progress', {
      from: '2023-07',
      to: '2024-06',
      granularity: 'quarter',
      comparison: 'mom',
    });
    // A level by quarter is each unit's last reported month of the quarter.
    const assigned = unitIds(sample).reduce(
      (sum, id) =>
        sum +
        (['2024-06', '2024-05', '2024-04']
          .map((month) => stored(sample, 'backlog-assigned', id, month))
          .find((value) => value !== null) ?? 0),
      0,
    );
    expect(text).toMatch(new RegExp(`^全区交办积案${grouped(assigned)}件`));
    expect(text).toMatch(/化解率[\d.]+%（环比(提高|下降|持平)/);
    expect(text).toContain('较上季度新增');
  });

  it('a sentence about a unit outside the selection is left out, not guessed', () => {
    expect(
      textOf(sample, 'pilot-hohhot', { units: ['ordos'], from: '2023-07', to: '2024-06' }),
    ).toBeNull();
    expect(textOf(sample, 'pilot-hohhot', { from: '2023-07', to: '2024-06' })).toMatch(
      /^呼和浩特市社区村（居）民公约制定修订率达[\d.]+%/,
    );
  });

  it('a dataset no one tuned for: five units, one late in the last month', () => {
    const ids = unitIds(few);
    const text = textOf(few, 'backlog-progress', { from: '2023-06', to: FEW_UNITS_LAST_MONTH });
    const reporting = ids.filter(
      (id) => stored(few, 'backlog-assigned', id, FEW_UNITS_LAST_MONTH) !== null,
    );
    expect(reporting).not.toContain(FEW_UNITS_LATE_UNIT);
    expect(text).toMatch(
      new RegExp(
        `^全区交办积案${grouped(sumOf(few, 'backlog-assigned', reporting, FEW_UNITS_LAST_MONTH))}件`,
      ),
    );
    expect(text).toContain(`${reporting.length}/${ids.length}个盟市已报送`);
    expect(text).toContain('北湖盟最新数据为2024年4月');
    // A pilot's sentence speaks of its own city: left out when that city is not chosen, else
    // that city's own figure. (The variant keeps the sample's wording, bound to 草原市.)
    const ordosLike = few.narrative.find((item) => item.id === 'pilot-ordos');
    expect(ordosLike?.bindings[0]?.unitId).toBe('caoyuan');
    expect(
      textOf(few, 'pilot-ordos', {
        units: ['qingshan'],
        from: '2023-06',
        to: FEW_UNITS_LAST_MONTH,
      }),
    ).toBeNull();
    const own = stored(few, 'new-court-cases-yoy', 'caoyuan', FEW_UNITS_LAST_MONTH)!;
    expect(textOf(few, 'pilot-ordos', { from: '2023-06', to: FEW_UNITS_LAST_MONTH })).toContain(
      `新收案件同比${own < 0 ? '下降' : '上升'}${Math.abs(own).toFixed(1)}%`,
    );
  });
});

describe('paragraphs worded elsewhere', () => {
  it('stand out their figures, not their dates or counts of units', () => {
    const paragraph = paragraphFromText(
      '截至2024年6月，全区12个盟市：积案化解率61.4%（同比提高54.6个百分点；11/12个盟市已报送），已化解积案1,815件，分流化解3.47万件。',
    );
    expect(
      paragraph.segments.filter((segment) => segment.kind === 'figure').map((s) => s.text),
    ).toEqual(['61.4%', '54.6个百分点', '1,815件', '3.47万件']);
    expect(plainText(paragraph)).toBe(
      '截至2024年6月，全区12个盟市：积案化解率61.4%（同比提高54.6个百分点；11/12个盟市已报送），已化解积案1,815件，分流化解3.47万件。',
    );
  });
});
