import { notifyManager } from '@tanstack/react-query';
import { flushSync } from 'react-dom';

/** Runs `run` in a task of its own, after the tasks already queued (a MessageChannel turn). */
export type PostTask = (run: () => void) => void;

function messageChannelTask(): PostTask {
  let channel: MessageChannel | null = null;
  const waiting: Array<() => void> = [];
  return (run) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    waiting.push(run);
    channel.port2.postMessage(null);
  };
}

/**
 * A queue whose jobs run in the order given, each drawn (flushSync) before the next, and a task
 * ends once a job ends past `budgetMs`: cheap jobs share a task, a costly one has its own, and the
 * page can answer input between tasks. (One job per task cost the region-scale first screen
 * 200–300 ms: twenty quick redraws each waited for a turn behind React's other work.)
 */
export function createTurns(
  post: PostTask = messageChannelTask(),
  options: { budgetMs?: number; now?: () => number } = {},
) {
  const budgetMs = options.budgetMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const queue: Array<() => void> = [];
  const runNext = () => {
    const started = now();
    try {
      do {
        const job = queue.shift();
        job?.();
      } while (queue.length > 0 && now() - started < budgetMs);
    } finally {
      // A job that throws stops no other: the rest wait for the next task.
      if (queue.length > 0) post(runNext);
    }
  };
  return (job: () => void) => {
    queue.push(job);
    if (queue.length === 1) post(runNext);
  };
}

/** The page's turns: query results reaching their readers, and charts coming near the screen. */
let pageTurns: ((job: () => void) => void) | null = null;

/** Runs `job` in the page's next free turn (at once where turns are not set up: tests, jsdom). */
export function inTurn(job: () => void) {
  if (pageTurns) pageTurns(job);
  else job();
}

/**
 * React Query tells each component reading a query that its result changed, and by default tells
 * all of them at once: one task in which React redraws every card whose data came in. At 1,000
 * units that task takes 60–150 ms, and a data source switch or a reload holds the page that long.
 * Here each component is told in a turn of its own, in the same order, so React draws one card's
 * update per task. A component told late has usually been redrawn already (with its parent), and
 * its own turn then costs nothing.
 */
export function drawQueryResultsInTurns(turns = createTurns()) {
  pageTurns = turns;
  // Drawn within the job (flushSync), so that a turn knows what its jobs cost.
  notifyManager.setNotifyFunction((notify) => turns(() => flushSync(notify)));
}
