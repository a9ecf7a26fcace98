import type { Dataset, Problem } from '@/schemas/api';
import { indexDataset, type DatasetIndex } from './dataset-index';
import { badRequest, parseObservationQuery } from './parse-query';
import { queryObservations } from './query-observations';
import { answerObservationBatch } from './query-observations-batch';
import { parseTaskQuery, queryTasks } from './query-tasks';

/** An answer of the REST API (docs/api.md): a status and a JSON body. */
export type EngineAnswer = { status: number; body: unknown };

const ok = (body: unknown): EngineAnswer => ({ status: 200, body });
const problem = (body: Problem): EngineAnswer => ({ status: body.status, body });

function indicatorsAnswer(index: DatasetIndex, params: URLSearchParams): EngineAnswer {
  const initiatives = params
    .getAll('initiative')
    .flatMap((value) => value.split(','))
    .filter(Boolean);
  const unknown = initiatives.filter((id) => !index.initiativeIds.has(id));
  if (unknown.length > 0) {
    return problem(
      badRequest([
        {
          name: 'initiative',
          reason: `unknown initiative ${unknown.map((id) => JSON.stringify(id)).join(', ')}`,
        },
      ]),
    );
  }
  const { indicators } = index.dataset;
  return ok({
    indicators:
      initiatives.length === 0
        ? indicators
        : indicators.filter((item) => initiatives.includes(item.initiativeId)),
  });
}

/**
 * The whole read API of docs/api.md answered from one dataset: `path` is the endpoint below the base
 * URL ("/observations"). The msw mock API, an imported dataset and a published dataset all answer
 * through this one function, so no chart can tell where its figures came from.
 */
export function answerRequest(
  dataset: Dataset | DatasetIndex,
  path: string,
  params: URLSearchParams,
): EngineAnswer {
  const index = 'series' in dataset ? dataset : indexDataset(dataset);
  try {
    switch (path) {
      case '/meta':
        return ok(index.dataset.meta);
      case '/units':
        return ok({ units: index.dataset.units });
      case '/initiatives':
        return ok({ initiatives: index.dataset.initiatives });
      case '/indicators':
        return indicatorsAnswer(index, params);
      case '/observations': {
        const parsed = parseObservationQuery(params, index);
        return parsed.ok ? ok(queryObservations(index, parsed.value)) : problem(parsed.problem);
      }
      case '/observations/batch': {
        const answered = answerObservationBatch(index, params);
        return answered.ok ? ok(answered.value) : problem(answered.problem);
      }
      case '/tasks': {
        const parsed = parseTaskQuery(params, index);
        return parsed.ok ? ok({ tasks: queryTasks(index, parsed.value) }) : problem(parsed.problem);
      }
      case '/narrative':
        return ok({ sentences: index.dataset.narrative });
      default:
        return problem({ title: 'Not found', status: 404, detail: `no endpoint ${path}` });
    }
  } catch (error) {
    return problem({ title: 'Internal error', status: 500, detail: String(error) });
  }
}
