import { notifyManager } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { createTurns, drawQueryResultsInTurns, inTurn, type PostTask } from '@/lib/turns';

/** Tasks posted, run one by one by the test: each call of `step` is one task of the page. */
function manualTasks() {
  const tasks: Array<() => void> = [];
  const post: PostTask = (run) => tasks.push(run);
  const step = () => {
    const task = tasks.shift();
    if (!task) throw new Error('no task is waiting');
    task();
  };
  return { post, step, waiting: () => tasks.length };
}

afterEach(() => {
  notifyManager.setNotifyFunction((callback) => callback());
});

describe('turns', () => {
  it('runs a job at once where the page has not set up its turns (jsdom, tests)', () => {
    let ran = false;
    inTurn(() => (ran = true));
    expect(ran).toBe(true);
  });

  it('runs cheap jobs together and ends a task once a job ends past the budget', () => {
    const tasks = manualTasks();
    let clock = 0;
    const turns = createTurns(tasks.post, { budgetMs: 8, now: () => clock });
    const ran: string[] = [];
    const job = (name: string, cost: number) => () => {
      ran.push(name);
      clock += cost;
    };
    turns(job('a', 3));
    turns(job('b', 3));
    turns(job('c', 3));
    turns(job('costly', 60));
    turns(job('d', 1));
    tasks.step();
    // a, b (6 ms), c (ends at 9 ms, past 8): the task ends there.
    expect(ran).toEqual(['a', 'b', 'c']);
    tasks.step();
    // A costly job ends its task at once.
    expect(ran).toEqual(['a', 'b', 'c', 'costly']);
    tasks.step();
    expect(ran).toEqual(['a', 'b', 'c', 'costly', 'd']);
    expect(tasks.waiting()).toBe(0);
  });

  it('with no budget, runs each job in a task of its own, in the order given, asking for one task at a time', () => {
    const tasks = manualTasks();
    const turns = createTurns(tasks.post, { budgetMs: 0 });
    const ran: string[] = [];
    turns(() => ran.push('a'));
    turns(() => ran.push('b'));
    turns(() => ran.push('c'));
    expect(ran).toEqual([]);
    expect(tasks.waiting()).toBe(1);
    tasks.step();
    expect(ran).toEqual(['a']);
    expect(tasks.waiting()).toBe(1);
    tasks.step();
    tasks.step();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(tasks.waiting()).toBe(0);
  });

  it('asks for the next task only after the job ran, so what the job scheduled comes first', () => {
    const tasks = manualTasks();
    const turns = createTurns(tasks.post, { budgetMs: 0 });
    const order: string[] = [];
    turns(() => {
      order.push('job 1');
      // Work the job schedules (React's render of a state set outside an event) is posted now…
      tasks.post(() => order.push('work of job 1'));
    });
    turns(() => order.push('job 2'));
    tasks.step();
    tasks.step();
    tasks.step();
    // …and runs before the next job.
    expect(order).toEqual(['job 1', 'work of job 1', 'job 2']);
  });

  it('goes on after a job that throws, and takes jobs added while it runs', () => {
    const tasks = manualTasks();
    const turns = createTurns(tasks.post, { budgetMs: 0 });
    const ran: string[] = [];
    turns(() => {
      turns(() => ran.push('added'));
      throw new Error('a reader failed');
    });
    turns(() => ran.push('next'));
    expect(() => tasks.step()).toThrow('a reader failed');
    tasks.step();
    tasks.step();
    expect(ran).toEqual(['next', 'added']);
    expect(tasks.waiting()).toBe(0);
  });

  it('tells each reader of a query result in a task of its own once set up for the page', async () => {
    const tasks = manualTasks();
    drawQueryResultsInTurns(createTurns(tasks.post, { budgetMs: 0 }));
    const told: string[] = [];
    notifyManager.batch(() => {
      notifyManager.schedule(() => told.push('overview'));
      notifyManager.schedule(() => told.push('trend card'));
    });
    // React Query hands over its batch in one scheduled call (a timer); then one reader per task.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(told).toEqual([]);
    tasks.step();
    expect(told).toEqual(['overview']);
    tasks.step();
    expect(told).toEqual(['overview', 'trend card']);
    // Charts coming near the screen take their turns in the same queue.
    let mounted = false;
    inTurn(() => (mounted = true));
    expect(mounted).toBe(false);
    tasks.step();
    expect(mounted).toBe(true);
  });
});
