// Geometry a reader notices: texts of a chart that overlap or are cut by its edge, a page that
// scrolls sideways, a menu that opens past the screen. Measured in the page, on what is drawn.

/** Every chart's texts, as boxes; pairs that overlap and texts that stick out of their chart. */
export function chartTextProblems(page) {
  return page.evaluate(() => {
    const problems = { overlaps: [], clipped: [], charts: 0, texts: 0 };
    const shrink = 0.5;
    for (const area of document.querySelectorAll('.chart-area')) {
      const card = area.closest('[data-card]')?.getAttribute('data-card') ?? '?';
      for (const svg of area.querySelectorAll('svg.recharts-surface')) {
        problems.charts += 1;
        const frame = svg.getBoundingClientRect();
        const boxes = [...svg.querySelectorAll('text')]
          .filter((text) => (text.textContent ?? '').trim() !== '')
          .map((text) => {
            const box = text.getBoundingClientRect();
            const shown = [...text.childNodes]
              .filter((node) => node.nodeName !== 'title')
              .map((node) => node.textContent)
              .join('')
              .trim();
            return { text: shown, box };
          })
          .filter((item) => item.box.width > 0 && item.box.height > 0);
        problems.texts += boxes.length;
        for (const { text, box } of boxes) {
          if (
            box.left < frame.left - shrink ||
            box.right > frame.right + shrink ||
            box.top < frame.top - shrink ||
            box.bottom > frame.bottom + shrink
          )
            problems.clipped.push(`${card}: “${text}”`);
        }
        for (let i = 0; i < boxes.length; i += 1)
          for (let j = i + 1; j < boxes.length; j += 1) {
            const a = boxes[i].box;
            const b = boxes[j].box;
            if (
              a.left + shrink < b.right - shrink &&
              b.left + shrink < a.right - shrink &&
              a.top + shrink < b.bottom - shrink &&
              b.top + shrink < a.bottom - shrink
            )
              problems.overlaps.push(`${card}: “${boxes[i].text}” × “${boxes[j].text}”`);
          }
      }
    }
    return problems;
  });
}

/** How far the page scrolls sideways (0 when it does not). */
export const horizontalScroll = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The box of an element against the viewport: the parts of it that are outside, if any. */
export function outsideViewport(locator) {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const height = window.innerHeight;
    const outside = [];
    if (box.left < -0.5) outside.push(`left by ${Math.round(-box.left)}px`);
    if (box.right > width + 0.5) outside.push(`right by ${Math.round(box.right - width)}px`);
    if (box.top < -0.5) outside.push(`top by ${Math.round(-box.top)}px`);
    if (box.bottom > height + 0.5) outside.push(`bottom by ${Math.round(box.bottom - height)}px`);
    return outside;
  });
}

/**
 * Lays every chart out at the width its export uses (960 CSS px for wide cards, 720 for others,
 * as chart-raster's EXPORT_WIDTH) and returns what chartTextProblems finds there: the PNG, SVG
 * and PDF are drawn from exactly this layout.
 */
export async function exportLayoutProblems(page) {
  await page.evaluate(async () => {
    for (const area of document.querySelectorAll('.chart-area')) {
      const wide = area.closest('[data-card]')?.getAttribute('data-wide') === 'true';
      area.dataset.e2eStyle = area.getAttribute('style') ?? '';
      area.style.width = `${wide ? 960 : 720}px`;
    }
    const settled = () =>
      [...document.querySelectorAll('.chart-area')].every((area) => {
        const svg = area.querySelector('svg.recharts-surface');
        return !svg || Math.round(svg.getBoundingClientRect().width) === parseInt(area.style.width);
      });
    for (let frame = 0; frame < 60 && !settled(); frame += 1)
      await new Promise((resolve) => requestAnimationFrame(resolve));
  });
  const problems = await chartTextProblems(page);
  await page.evaluate(() => {
    for (const area of document.querySelectorAll('.chart-area')) {
      area.setAttribute('style', area.dataset.e2eStyle ?? '');
      delete area.dataset.e2eStyle;
    }
  });
  return { overlaps: problems.overlaps, clipped: problems.clipped };
}
