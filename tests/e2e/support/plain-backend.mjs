// A plain HTTP backend written from docs/api.md alone, as a backend author would write it: no code
// from src/. It serves one dataset document (the JSON of docs/api.md's dataset) under an API base
// path, and the built app's files on the same origin, so that a build with a relative API base
// (VITE_API_BASE_URL=/progress-api/v1) can be tried as the intranet deploys it.
//
//   const server = await startPlainBackend({ dataset, distDir, apiBase: '/progress-api/v1' });
//   server.url … server.close()
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const list = (params, name) =>
  params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);

function problem(response, status, detail) {
  response.writeHead(status, { 'Content-Type': 'application/problem+json' });
  response.end(
    JSON.stringify({ title: status === 404 ? 'Not found' : 'Bad request', status, detail }),
  );
}

function json(response, body) {
  response.writeHead(200, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
}

/** GET /observations, months only (quarters are answered 400 here: this backend does not offer them). */
function observations(dataset, params) {
  const leagueCities = dataset.units.filter((unit) => unit.level === 'league-city');
  const indicatorIds = list(params, 'indicator');
  const unitIds = list(params, 'unit');
  const indicators = indicatorIds.length
    ? indicatorIds.map((id) => dataset.indicators.find((item) => item.id === id)).filter(Boolean)
    : dataset.indicators;
  const units = unitIds.length ? unitIds : leagueCities.map((unit) => unit.id);
  const from = params.get('from') || null;
  const to = params.get('to') || null;
  const aggregate = params.get('aggregate') === 'true';
  const inRange = (period) => (!from || period >= from) && (!to || period <= to);
  const byKey = new Map();
  for (const item of dataset.observations)
    byKey.set(`${item.indicatorId}|${item.unitId}|${item.period}`, item);
  const points = [];
  for (const indicator of indicators) {
    const own = dataset.observations
      .filter(
        (item) =>
          item.indicatorId === indicator.id && units.includes(item.unitId) && inRange(item.period),
      )
      .sort((a, b) =>
        a.unitId === b.unitId
          ? a.period.localeCompare(b.period)
          : units.indexOf(a.unitId) - units.indexOf(b.unitId),
      );
    if (!aggregate) {
      for (const item of own) points.push({ ...item });
      continue;
    }
    const carriers = [...new Set(own.map((item) => item.unitId))];
    const periods = [...new Set(own.map((item) => item.period))].sort();
    for (const period of periods) {
      let reported = 0;
      let total = 0;
      let numerator = 0;
      let denominator = 0;
      for (const unitId of carriers) {
        const value = byKey.get(`${indicator.id}|${unitId}|${period}`)?.value ?? null;
        if (value === null) continue;
        if (indicator.rollup.method === 'ratio') {
          const top = byKey.get(`${indicator.rollup.numeratorId}|${unitId}|${period}`)?.value;
          const bottom = byKey.get(`${indicator.rollup.denominatorId}|${unitId}|${period}`)?.value;
          if (top == null || bottom == null || bottom === 0) continue;
          numerator += top;
          denominator += bottom;
        }
        reported += 1;
        total += value;
      }
      let value = null;
      if (reported > 0) {
        if (indicator.rollup.method === 'sum') value = total;
        if (indicator.rollup.method === 'mean') value = total / reported;
        if (indicator.rollup.method === 'ratio')
          value = (numerator / denominator) * indicator.rollup.scale;
      }
      points.push({
        indicatorId: indicator.id,
        unitId: 'all',
        period,
        value: value === null ? null : Number(value.toFixed(6)),
        reported,
        expected: carriers.length,
      });
    }
  }
  return { granularity: 'month', aggregate, points };
}

function answerApi(dataset, path, params, response) {
  switch (path) {
    case '/meta':
      return json(response, dataset.meta);
    case '/units':
      return json(response, { units: dataset.units });
    case '/initiatives':
      return json(response, { initiatives: dataset.initiatives });
    case '/indicators':
      return json(response, { indicators: dataset.indicators });
    case '/narrative':
      return json(response, { sentences: dataset.narrative });
    case '/tasks': {
      const units = list(params, 'unit');
      const initiatives = list(params, 'initiative');
      const statuses = list(params, 'status');
      return json(response, {
        tasks: dataset.tasks.filter(
          (task) =>
            (units.length === 0 || task.unitId === null || units.includes(task.unitId)) &&
            (initiatives.length === 0 || initiatives.includes(task.initiativeId)) &&
            (statuses.length === 0 || statuses.includes(task.status)),
        ),
      });
    }
    case '/observations':
      if ((params.get('granularity') ?? 'month') !== 'month')
        return problem(response, 400, 'granularity: this backend answers months only');
      return json(response, observations(dataset, params));
    default:
      return problem(response, 404, `no endpoint ${path}`);
  }
}

export function startPlainBackend({ dataset, distDir, apiBase }) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    if (url.pathname.startsWith(`${apiBase}/`)) {
      if (request.method !== 'GET') return problem(response, 404, 'only GET');
      return answerApi(dataset, url.pathname.slice(apiBase.length), url.searchParams, response);
    }
    const file = normalize(join(distDir, decodeURIComponent(url.pathname)));
    const target =
      file.startsWith(distDir) && existsSync(file) && statSync(file).isFile()
        ? file
        : join(distDir, 'index.html');
    response.writeHead(200, {
      'Content-Type': types[extname(target)] ?? 'application/octet-stream',
    });
    createReadStream(target).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() });
    });
  });
}
