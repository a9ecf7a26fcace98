import { describe, expect, it } from 'vitest';
import {
  changeWording,
  figureSentence,
  figureWording,
  sentence,
  type BriefingFigure,
} from '@/features/export/briefing-text';

const figure = (overrides: Partial<BriefingFigure>): BriefingFigure => ({
  name: '交办积案',
  value: 1234,
  unit: '件',
  kind: 'count',
  ...overrides,
});

describe('briefing wording', () => {
  it('words a change indicator the way the report does, by direction', () => {
    const newCases = figure({ name: '新收案件同比', value: -11.24, unit: '%', kind: 'change' });
    expect(changeWording(newCases, 'zh-CN')).toBe('新收案件同比下降11.2%');
    expect(changeWording({ ...newCases, value: 3 }, 'zh-CN')).toBe('新收案件同比上升3.0%');
    const closure = figure({
      name: '结案率同比变化',
      value: 1.1,
      unit: '个百分点',
      kind: 'change',
    });
    expect(changeWording(closure, 'zh-CN')).toBe('结案率同比变化提高1.1个百分点');
    expect(changeWording({ ...closure, value: -0.5 }, 'zh-CN')).toBe(
      '结案率同比变化降低0.5个百分点',
    );
    expect(changeWording({ ...closure, value: 0.04 }, 'zh-CN')).toBe('结案率同比变化持平');
    expect(changeWording({ ...newCases, name: 'New court cases' }, 'en')).toBe(
      'New court cases down 11.2%',
    );
  });

  it('gives counts and rates with their units and the change in brackets', () => {
    expect(figureWording(figure({}), 'zh-CN')).toBe('交办积案1,234件');
    expect(
      figureWording(
        figure({
          name: '积案化解率',
          value: 71.94,
          unit: '%',
          kind: 'rate',
          change: '同比提高3.1个百分点',
        }),
        'zh-CN',
      ),
    ).toBe('积案化解率71.9%（同比提高3.1个百分点）');
    expect(
      figureWording(figure({ name: '分流化解矛盾纠纷', value: 3.65, unit: '万件' }), 'zh-CN'),
    ).toBe('分流化解矛盾纠纷3.65万件');
  });

  it('states an improvement rate as it is, and a year-on-year change with its direction', () => {
    const online = figure({ name: '全程网办事项量提升率', value: 53.9, unit: '%', kind: 'change' });
    expect(figureWording(online, 'zh-CN')).toBe('全程网办事项量提升率53.9%');
    const newCases = figure({ name: '新收案件同比', value: -8.4, unit: '%', kind: 'change' });
    expect(figureWording(newCases, 'zh-CN')).toBe('新收案件同比下降8.4%');
    expect(figureWording({ ...newCases, name: 'New court cases, year on year' }, 'en')).toBe(
      'New court cases, year on year -8.4%',
    );
  });

  it('leaves out a figure that was not reported instead of writing a zero', () => {
    expect(figureWording(figure({ value: null }), 'zh-CN')).toBeNull();
    const text = figureSentence(
      [
        figure({}),
        figure({ name: '已化解积案', value: null }),
        figure({ name: '领导包案', value: 13 }),
      ],
      'zh-CN',
      '截至2024年6月，鄂尔多斯市：',
    );
    expect(text).toBe('截至2024年6月，鄂尔多斯市：交办积案1,234件，领导包案13件。');
    expect(figureSentence([figure({ value: null })], 'zh-CN')).toBeNull();
  });

  it('says a shared coverage once per sentence, and puts no brackets inside brackets', () => {
    const coverage = '11/12个盟市已报送；锡林郭勒盟最新数据为2024年5月';
    const text = figureSentence(
      [
        figure({
          name: '积案化解率',
          value: 61.2,
          unit: '%',
          kind: 'rate',
          details: ['较2023年12月提高24.4个百分点（按两期均报送的11个盟市计）'],
          coverage,
        }),
        figure({ name: '已化解积案', value: 761, details: ['2023年6月起累计'], coverage }),
        figure({ name: '领导包案', value: 13, coverage: '10/12个盟市已报送' }),
      ],
      'zh-CN',
    );
    expect(text).toBe(
      '积案化解率61.2%（较2023年12月提高24.4个百分点，按两期均报送的11个盟市计；' +
        `${coverage}），已化解积案761件（2023年6月起累计），` +
        '领导包案13件（10/12个盟市已报送）。',
    );
    expect(text?.split(coverage)).toHaveLength(2);
  });

  it('joins clauses into one closed sentence, capitalised in English', () => {
    expect(sentence(['各盟市均达到阶段目标', ''], 'zh-CN')).toBe('各盟市均达到阶段目标。');
    expect(sentence(['every unit meets the interim target'], 'en')).toBe(
      'Every unit meets the interim target.',
    );
    expect(sentence([''], 'en')).toBeNull();
  });

  it('keeps hostile names as plain text', () => {
    const name = '<script>alert(1)</script>';
    expect(figureWording(figure({ name }), 'zh-CN')).toBe(`${name}1,234件`);
  });
});
