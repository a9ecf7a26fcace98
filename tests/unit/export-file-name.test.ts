import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFileName, sanitiseFileNamePart } from '@/features/export/file-name';

const base = { title: '信访积案化解', from: '2024-01', to: '2024-06', extension: 'png' };
const ILLEGAL_ANYWHERE = /[\\/:*?"<>|\p{Cc}\p{Cf}]/u;

describe('exportFileName', () => {
  it('names title, unit and period', () => {
    expect(exportFileName({ ...base, units: ['鄂尔多斯市'] })).toBe(
      '信访积案化解_鄂尔多斯市_2024-01至2024-06.png',
    );
  });

  it('has an English variant with hyphens for spaces and "-to-" for the range', () => {
    expect(
      exportFileName({ ...base, title: 'Case resolution', units: ['Ordos'], language: 'en' }),
    ).toBe('Case-resolution_Ordos_2024-01-to-2024-06.png');
  });

  it('summarises units: two by name, more by count, none or all as the region', () => {
    const named = exportFileName({ ...base, units: ['呼和浩特市', '包头市'] });
    expect(named).toBe('信访积案化解_呼和浩特市、包头市_2024-01至2024-06.png');
    expect(exportFileName({ ...base, units: ['呼和浩特市', '包头市', '乌海市'] })).toBe(
      '信访积案化解_3个盟市_2024-01至2024-06.png',
    );
    expect(exportFileName({ ...base, units: [] })).toBe('信访积案化解_全区_2024-01至2024-06.png');
    expect(exportFileName({ ...base, units: ['包头市'], allUnits: true })).toContain('_全区_');
    const english = { ...base, title: 'Rate', language: 'en' as const };
    expect(exportFileName({ ...english, units: ['Hohhot', 'Baotou', 'Wuhai'] })).toBe(
      'Rate_3-units_2024-01-to-2024-06.png',
    );
    expect(exportFileName({ ...english, units: ['Hohhot', 'Baotou'] })).toContain(
      '_Hohhot+Baotou_',
    );
    expect(exportFileName({ ...english, units: [] })).toContain('_Region_');
  });

  it('counts counties as 旗县市区 when drilled down to them', () => {
    const counties = ['新城区', '回民区', '玉泉区'];
    expect(exportFileName({ ...base, units: counties, level: 'county' })).toBe(
      '信访积案化解_3个旗县市区_2024-01至2024-06.png',
    );
    expect(
      exportFileName({
        ...base,
        title: 'Rate',
        units: ['Xincheng', 'Huimin', 'Yuquan'],
        level: 'county',
        language: 'en',
      }),
    ).toBe('Rate_3-counties_2024-01-to-2024-06.png');
  });

  it('names one period once, and today when there is none', () => {
    expect(exportFileName({ ...base, to: '2024-01', units: [] })).toBe(
      '信访积案化解_全区_2024-01.png',
    );
    const now = new Date(2024, 6, 1, 9, 30);
    expect(
      exportFileName({ title: '任务清单', units: [], extension: 'csv', now, from: undefined }),
    ).toBe('任务清单_全区_2024-07-01.csv');
  });

  it('normalises the extension and refuses a hostile one', () => {
    expect(exportFileName({ ...base, units: [], extension: '.XLSX' })).toMatch(/\.xlsx$/);
    for (const extension of ['', 'png/../x', 'p ng', 'exe\u202E']) {
      expect(() => exportFileName({ ...base, units: [], extension })).toThrow(RangeError);
    }
  });

  it('makes hostile names safe on Windows and macOS', () => {
    const name = exportFileName({
      ...base,
      title: '../../etc/passwd <script>"x"|*?: \u202Egnp.exe\u0000',
      units: ['CON', 'a\\b\tc'],
    });
    expect(name).toBe('etc-passwd-script-x-gnp.exe_CON、a-b-c_2024-01至2024-06.png');
    expect(name).not.toMatch(ILLEGAL_ANYWHERE);
    expect(exportFileName({ ...base, title: '...', units: [] })).toMatch(/^图表_全区_/);
    expect(sanitiseFileNamePart('  化解率   排名 ')).toBe('化解率-排名');
    expect(sanitiseFileNamePart('a\u200Bb\u2028c')).toBe('ab-c');
  });

  it('keeps a title that is a Windows device name legal by what follows it', () => {
    const now = new Date(2024, 0, 1);
    expect(exportFileName({ title: 'CON', units: [], extension: 'png', now })).toBe(
      'CON_全区_2024-01-01.png',
    );
  });

  it('caps the length by characters and bytes, shortening the title and keeping the extension', () => {
    const long = exportFileName({ ...base, title: '长'.repeat(300), units: ['鄂尔多斯市'] });
    expect(long.endsWith('…_鄂尔多斯市_2024-01至2024-06.png')).toBe(true);
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(240);
    const latin = exportFileName({
      ...base,
      title: 'x'.repeat(300),
      units: ['Ordos'],
      language: 'en',
    });
    expect([...latin].length).toBe(120);
    expect(latin.endsWith('…_Ordos_2024-01-to-2024-06.png')).toBe(true);
    const hugeUnit = exportFileName({ ...base, title: 'T'.repeat(50), units: ['u'.repeat(500)] });
    expect([...hugeUnit].length).toBeLessThanOrEqual(120);
    expect(hugeUnit.endsWith('.png')).toBe(true);
  });

  it('never yields an unsafe or overlong name, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.array(fc.string({ unit: 'binary', maxLength: 60 }), { maxLength: 5 }),
        fc.constantFrom<'zh-CN' | 'en'>('zh-CN', 'en'),
        (title, units, language) => {
          const name = exportFileName({ ...base, title, units, language });
          expect(name).not.toMatch(ILLEGAL_ANYWHERE);
          expect([...name].length).toBeLessThanOrEqual(120);
          expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(240);
          expect(name.endsWith('.png')).toBe(true);
          expect(name.startsWith('.')).toBe(false);
        },
      ),
    );
  });
});
