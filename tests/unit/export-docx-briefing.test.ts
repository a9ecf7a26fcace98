import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DashboardReport } from '@/features/export/dashboard-report';
import { buildDocxBriefing, chineseNumber } from '@/features/export/docx-briefing';
import type { Provenance } from '@/lib/provenance';

// The smallest valid PNG: one transparent pixel.
const PIXEL = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  ),
  (char) => char.charCodeAt(0),
);
// Each image distinct (a trailing byte past IEND), as Word stores identical images once.
const chart = (title: string) => ({
  title,
  image: {
    bytes: Uint8Array.from([...PIXEL, title.length]),
    width: 800,
    height: 400,
    type: 'png' as const,
    pixelRatio: 1,
  },
});

const provenance: Provenance = {
  title: '党委政法委主题教育专题活动进展监测',
  filterSummary: '全区12个盟市 · 2023年7月至2024年6月',
  asOfText: '截至2024年6月30日',
  source: '示例数据',
  version: 'sample-1',
  isSample: true,
  exportedAt: '2024-07-01T01:30:00.000Z',
  permalink: 'https://dashboard.example/?units=ordos',
  language: 'zh-CN',
};

const report: DashboardReport = {
  provenance,
  sections: [
    {
      id: 'overview-heading',
      heading: '总体进展',
      paragraphs: ['截至2024年6月，全区化解率61.4%。'],
      charts: [],
    },
    {
      id: 'case-resolution-heading',
      heading: '涉法涉诉信访积案化解',
      paragraphs: ['全区交办积案1,234件，累计化解815件，化解率66.0%。'],
      charts: [chart('各盟市积案化解情况'), chart('累计化解率走势')],
    },
    { id: 'tasks-heading', heading: '任务清单', paragraphs: ['任务清单共20项。'], charts: [] },
  ],
};

async function readBack(blob: Blob) {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  const xml = (path: string) => strFromU8(files[path] ?? new Uint8Array());
  const document = xml('word/document.xml');
  const paragraphs = [...document.matchAll(/<w:p[ >].*?<\/w:p>/g)].map((match) =>
    match[0].replace(/<[^>]+>/g, ''),
  );
  return { files, xml, document, paragraphs };
}

describe('the Word 简报', () => {
  it('numbers in Chinese as offices do', () => {
    expect([1, 2, 9, 10, 11, 20, 35].map(chineseNumber)).toEqual([
      '一',
      '二',
      '九',
      '十',
      '十一',
      '二十',
      '三十五',
    ]);
  });

  it('heads with masthead, 第X期, issuer and date, numbers its sections and ends with 报送/抄送', async () => {
    const blob = await buildDocxBriefing(report, {
      settings: {
        masthead: '工作简报',
        issue: '12',
        issuer: '自治区党委政法委办公室',
        date: '2024-07-01',
        sendTo: '自治区党委',
        copyTo: '各盟市党委政法委',
      },
      nextSteps: ['（一）督促呼伦贝尔市加快积案化解率工作进度。', '（二）对逾期任务挂牌督办。'],
    });
    const { xml, paragraphs, files, document } = await readBack(blob);
    expect(paragraphs.slice(0, 3)).toEqual([
      '工作简报',
      '第12期',
      '自治区党委政法委办公室2024年7月1日',
    ]);
    // The date sits at the right margin: a right tab stop and a tab, under a red rule.
    expect(document).toMatch(/<w:tab w:val="right" w:pos="\d+"\/>/);
    expect(document).toContain('<w:tab/>');
    expect(document).toMatch(/<w:bottom w:val="single" w:color="E00000"/);
    // The lead paragraph (总体进展) opens the text unnumbered; the sections follow 一、二、.
    const headings = paragraphs.filter((text) => /^[一二三四五六七八九十]+、/.test(text));
    expect(headings).toEqual(['一、涉法涉诉信访积案化解', '二、任务清单', '三、下一步工作']);
    expect(paragraphs).toContain('截至2024年6月，全区化解率61.4%。');
    expect(paragraphs.indexOf('截至2024年6月，全区化解率61.4%。')).toBeLessThan(
      paragraphs.indexOf('一、涉法涉诉信访积案化解'),
    );
    expect(paragraphs.at(-2)).toBe('报送：自治区党委');
    expect(paragraphs.at(-1)).toBe('抄送：各盟市党委政法委');
    expect(paragraphs).toContain('图1　各盟市积案化解情况');
    expect(paragraphs).toContain('图2　累计化解率走势');
    expect(Object.keys(files).filter((path) => path.startsWith('word/media/'))).toHaveLength(2);

    // Page numbers: a PAGE field in the footer, "— 1 —".
    const footer = Object.keys(files).find((path) => /^word\/footer\d+\.xml$/.test(path));
    expect(footer).toBeDefined();
    expect(xml(footer!)).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(xml(footer!).replace(/<[^>]+>/g, '')).toBe('— PAGE —');

    // Offices' fonts, each with an alternative for machines without it.
    expect(xml('word/styles.xml')).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml('word/document.xml')).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml('word/document.xml')).toContain('w:eastAsia="黑体"');
    const fonts = xml('word/fontTable.xml');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
  });

  it('leaves out 下一步工作, 报送 and 抄送 when there are none', async () => {
    const blob = await buildDocxBriefing(report, {
      settings: {
        masthead: '简报',
        issue: '增刊1',
        issuer: '办公室',
        date: '2024-07-01',
        sendTo: '',
        copyTo: '',
      },
      nextSteps: [],
    });
    const { paragraphs } = await readBack(blob);
    expect(paragraphs).toContain('第增刊1期');
    expect(paragraphs.some((text) => text.includes('下一步工作'))).toBe(false);
    expect(paragraphs.some((text) => /^(报送|抄送)：/.test(text))).toBe(false);
  });
});
