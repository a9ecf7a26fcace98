import { notifyManager } from '@tanstack/react-query';

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
 * A queue whose jobs each run in a task of their own, in the order given: React draws what one job
 * changed before the next job starts, and the page can answer input between them.
 */
export function createTurns(post: PostTask = messageChannelTask()) {
  const queue: Array<() => void> = [];
  const runNext = () => {
    try {
      queue[0]?.();
    } finally {
      // Asked for after the job, so the work the job scheduled (React's render of a state set
      // outside an event) comes before the next job; and a job that throws stops no other.
      queue.shift();
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
  notifyManager.setNotifyFunction((notify) => turns(notify));
}
