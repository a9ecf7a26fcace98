// axe-core, injected into the page under test. The page forbids inline script (CSP), so
// addScriptTag would be blocked; page.evaluate goes through the DevTools protocol, which CSP does
// not govern. The guard's CSP collector would report it if that ever stopped being true.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function injectAxe(page) {
  if (await page.evaluate(() => typeof window.axe === 'object')) return;
  await page.evaluate(axeSource);
  if (!(await page.evaluate(() => typeof window.axe?.run === 'function'))) {
    throw new Error('axe-core did not load into the page');
  }
}

/** Runs axe over the page and returns the serious and critical violations, compactly described. */
export async function seriousViolations(page, { include } = {}) {
  await injectAxe(page);
  const results = await page.evaluate(
    (context) =>
      window.axe.run(context ?? document, {
        resultTypes: ['violations'],
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
        },
      }),
    include ?? null,
  );
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => ({
        target: node.target.join(' '),
        summary: node.failureSummary,
      })),
    }));
}
