import { afterEach, describe, expect, it } from 'vitest';
import type { Provenance } from '@/lib/provenance';
import { buildSvgSnapshot } from '@/features/export/svg-snapshot';
import { localiseUrls } from '@/features/export/svg-sanitise';

const SVG_NS = 'http://www.w3.org/2000/svg';
const DC_NS = 'http://purl.org/dc/elements/1.1/';

const hostileNames = [
  '<script>alert(1)</script>',
  '" onload="alert(1)',
  '<foreignObject><body onload="alert(1)"/></foreignObject>',
  ']]><x/>&amp;',
];

const provenance: Provenance = {
  title: `信访积案化解率 ${hostileNames[0]}`,
  filterSummary: `${hostileNames[1]}；2024年1月至2024年6月`,
  asOfText: '截至2024年6月30日',
  source: '自治区党委政法委',
  version: 'v3',
  isSample: true,
  exportedAt: '2024-07-01T01:30:00.000Z',
  permalink: 'https://dashboard.example/?units=ordos&from=2024-01#"><script>',
  language: 'zh-CN',
};

/** A chart as the page might hold it, with hostile names as text and hostile markup planted. */
function hostileChart(): SVGSVGElement {
  const style = document.createElement('style');
  style.textContent = '.bar { fill: #1677ff; stroke: #0e5fd8 } .axis text { font-size: 12px }';
  document.head.append(style);
  const container = document.createElement('div');
  document.body.append(container);
  container.innerHTML = `
    <svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" class="recharts-surface"
         style="width: 100%; height: 100%" onload="alert(1)">
      <defs><clipPath id="clip"><rect width="400" height="200"/></clipPath></defs>
      <style>@import url(https://evil.example/x.css);</style>
      <style>.ok { stroke-width: 2 }</style>
      <script>alert(1)</script>
      <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>
      <a href="javascript:alert(1)"><text>click</text></a>
      <image href="https://evil.example/track.png" width="1" height="1"/>
      <use href="https://evil.example/sprite.svg#x"/>
      <use href="#clip" xlink:href="javascript:alert(1)" xmlns:xlink="http://www.w3.org/1999/xlink"/>
      <set attributeName="href" to="javascript:alert(1)"/>
      <g clip-path="url(#clip)">
        <rect class="bar" x="10" y="10" width="50" height="100" onclick="alert(1)" ONMOUSEOVER="alert(2)"/>
        <rect x="70" y="10" width="50" height="100" fill="url(https://evil.example/p.svg#g)"
              style="fill: url(https://evil.example/p.svg#g)"/>
      </g>
      <g class="axis"></g>
    </svg>`;
  const svg = container.querySelector('svg') as SVGSVGElement;
  const axis = svg.querySelector('.axis') as SVGGElement;
  for (const name of [...hostileNames, 'bad\u0001char\uFFFE']) {
    const text = document.createElementNS(SVG_NS, 'text');
    text.textContent = name;
    axis.append(text);
  }
  axis.append(document.createComment(' a -- b '));
  return svg;
}

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(doc.documentElement.localName).toBe('svg');
  return doc;
}

const allElements = (doc: Document) => [...doc.getElementsByTagName('*')];

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('buildSvgSnapshot', () => {
  it('returns valid XML with a prolog, namespace, size and viewBox that include the stamp', () => {
    const output = buildSvgSnapshot(hostileChart(), provenance);
    expect(output.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const root = parse(output).documentElement;
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(output).toContain('xmlns="http://www.w3.org/2000/svg"');
    const width = Number(root.getAttribute('width'));
    const height = Number(root.getAttribute('height'));
    expect(width).toBe(400);
    expect(height).toBeGreaterThan(200 + 40);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    const chart = root.querySelector(':scope > svg');
    expect(chart?.getAttribute('width')).toBe('400');
    expect(chart?.getAttribute('height')).toBe('200');
    expect(Number(chart?.getAttribute('y'))).toBeGreaterThan(0);
    expect(chart?.getAttribute('style') ?? '').not.toContain('100%');
  });

  it('removes scripts, foreignObject, links out, event attributes and external references', () => {
    const output = buildSvgSnapshot(hostileChart(), provenance);
    const doc = parse(output);
    const names = allElements(doc).map((element) => element.localName.toLowerCase());
    for (const banned of ['script', 'foreignobject', 'image', 'a', 'set', 'div', 'body']) {
      expect(names).not.toContain(banned);
    }
    for (const element of allElements(doc)) {
      for (const attribute of element.attributes) {
        expect(attribute.localName.toLowerCase().startsWith('on')).toBe(false);
        if (attribute.localName === 'href') expect(attribute.value.startsWith('#')).toBe(true);
        expect(attribute.value).not.toMatch(/evil\.example|javascript:/);
      }
    }
    expect(output).not.toContain('@import');
    expect(output).not.toContain('<!--');
    expect(output).toContain('.ok { stroke-width: 2 }');
    expect(doc.querySelector('g[clip-path]')?.getAttribute('clip-path')).toBe('url(#clip)');
  });

  it('keeps hostile names as escaped text only', () => {
    const output = buildSvgSnapshot(hostileChart(), provenance);
    const doc = parse(output);
    const texts = [...doc.getElementsByTagNameNS(SVG_NS, 'text')].map((node) => node.textContent);
    for (const name of hostileNames) expect(texts).toContain(name);
    expect(texts).toContain('badchar');
    expect(doc.querySelector('svg > title')?.textContent).toBe(provenance.title);
    // The title wraps at its space: the badge leaves too little room in a 400 px chart.
    expect(`${texts[0]} ${texts[1]}`).toBe(provenance.title);
    expect(texts.some((text) => text?.startsWith(provenance.filterSummary))).toBe(true);
    expect(output).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(output.match(/<script/g)).toBeNull();
  });

  it('inlines the page styles the chart depends on', () => {
    const doc = parse(buildSvgSnapshot(hostileChart(), provenance));
    const bar = doc.querySelector('rect.bar');
    expect(bar?.getAttribute('style') ?? '').toMatch(/fill:\s*(#1677ff|rgb\(22, 119, 255\))/);
  });

  it('puts the permalink and provenance into <metadata>', () => {
    const output = buildSvgSnapshot(hostileChart(), provenance);
    const doc = parse(output);
    const source = doc.getElementsByTagNameNS(DC_NS, 'source')[0];
    expect(source?.parentElement?.parentElement?.parentElement?.localName).toBe('metadata');
    expect(source?.textContent).toBe(provenance.permalink);
    expect(output).toContain('?units=ordos&amp;from=2024-01#"&gt;&lt;script&gt;');
    const description = doc.getElementsByTagNameNS(DC_NS, 'description')[0]?.textContent ?? '';
    expect(description).toContain('截至2024年6月30日');
    expect(description).toContain('v3');
  });

  it('stamps the footer and marks sample data, and only sample data', () => {
    const sampleTexts = [
      ...parse(buildSvgSnapshot(hostileChart(), provenance)).querySelectorAll('text'),
    ].map((node) => node.textContent ?? '');
    expect(sampleTexts.filter((text) => text === '示例数据')).toHaveLength(2);
    const footer = sampleTexts.join('\n');
    for (const part of ['截至2024年6月30日', '来源：自治区党委政法委', '版本：v3', '导出时间：']) {
      expect(footer).toContain(part);
    }

    const real = parse(buildSvgSnapshot(hostileChart(), { ...provenance, isSample: false }));
    expect([...real.querySelectorAll('text')].map((node) => node.textContent)).not.toContain(
      '示例数据',
    );
  });

  it('takes the size from options first and refuses a chart with no size', () => {
    const svg = hostileChart();
    const root = parse(
      buildSvgSnapshot(svg, provenance, { width: 640, height: 320 }),
    ).documentElement;
    expect(root.getAttribute('width')).toBe('640');
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    expect(() => buildSvgSnapshot(svg, provenance)).toThrow(RangeError);
  });
});

describe('localiseUrls', () => {
  it('keeps same-document references and rejects everything else', () => {
    const page = 'https://dashboard.example/app?x=1';
    expect(localiseUrls('url(#clip)', page)).toBe('url(#clip)');
    expect(localiseUrls('url("#grad-1")', page)).toBe('url(#grad-1)');
    expect(localiseUrls('url("https://dashboard.example/app?x=1#grad")', page)).toBe('url(#grad)');
    expect(localiseUrls('url(https://evil.example/#grad)', page)).toBeNull();
    expect(localiseUrls('url(data:image/png;base64,AAAA)', page)).toBeNull();
    expect(localiseUrls('url(#a) url(//evil.example/b)', page)).toBeNull();
    expect(localiseUrls('url(#a"onload)', page)).toBeNull();
    expect(localiseUrls('#1677ff', page)).toBe('#1677ff');
  });
});
