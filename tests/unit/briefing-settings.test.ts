import { describe, expect, it } from 'vitest';
import {
  BRIEFING_SETTINGS_KEY,
  loadBriefingSettings,
  saveBriefingSettings,
  type BriefingSettings,
} from '@/features/export/briefing-settings';

const defaults: BriefingSettings = {
  masthead: '工作简报',
  issue: '1',
  issuer: '自治区党委政法委',
  date: '2024-07-01',
  sendTo: '',
  copyTo: '',
};

describe('briefing settings in localStorage', () => {
  it('remembers what was saved', () => {
    const saved = { ...defaults, issue: '12', issuer: '办公室', sendTo: '自治区党委' };
    saveBriefingSettings(saved, localStorage);
    expect(loadBriefingSettings(defaults, localStorage)).toEqual(saved);
  });

  it('falls back to the defaults for garbage, field by field', () => {
    for (const raw of ['{not json', 'null', '[1,2]', '"text"', '42']) {
      localStorage.setItem(BRIEFING_SETTINGS_KEY, raw);
      expect(loadBriefingSettings(defaults, localStorage)).toEqual(defaults);
    }
    localStorage.setItem(
      BRIEFING_SETTINGS_KEY,
      JSON.stringify({ issue: '7', issuer: 42, date: '2024-02-30', sendTo: 'x'.repeat(500) }),
    );
    expect(loadBriefingSettings(defaults, localStorage)).toEqual({ ...defaults, issue: '7' });
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    } as unknown as Storage;
    expect(loadBriefingSettings(defaults, broken)).toEqual(defaults);
    expect(() => saveBriefingSettings(defaults, broken)).not.toThrow();
  });
});
