import { describe, expect, it } from 'vitest';
import { MAX_NAMED, NAMED_BEFORE_ETC, listNames } from '@/lib/name-list';

const names = (count: number) => Array.from({ length: count }, (_, index) => `第${index + 1}旗县`);

describe('listNames', () => {
  it('names every unit up to the limit, as the 12 盟市 always are', () => {
    expect(listNames(names(3), 'zh-CN')).toBe('第1旗县、第2旗县、第3旗县');
    expect(listNames(names(MAX_NAMED), 'zh-CN').split('、')).toHaveLength(MAX_NAMED);
  });

  it('beyond it, names the first ones and says how many more', () => {
    const many = names(83);
    const zh = listNames(many, 'zh-CN');
    expect(zh.split('、')).toHaveLength(NAMED_BEFORE_ETC);
    expect(zh.startsWith(many.slice(0, NAMED_BEFORE_ETC).join('、'))).toBe(true);
    expect(zh.endsWith(`${many[NAMED_BEFORE_ETC - 1]}等`)).toBe(true);
    expect(listNames(many, 'en')).toMatch(new RegExp(`, 第${NAMED_BEFORE_ETC}旗县 and 73 more$`));
  });
});
