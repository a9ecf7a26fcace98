/**
 * The JS heaps of a page's dedicated workers (the sample's query engine, an import's), which
 * `performance.memory` does not count. Call before the page loads: workers started after are
 * attached through the page's CDP session; `usedMb()` then asks each for its heap.
 */
export async function watchWorkerHeaps(cdp) {
  const workers = new Map();
  const waiting = new Map();
  let nextId = 1;
  cdp.on('Target.attachedToTarget', (event) => workers.set(event.sessionId, event.targetInfo));
  cdp.on('Target.detachedFromTarget', (event) => workers.delete(event.sessionId));
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message);
    waiting.get(message.id)?.(message.result ?? null);
  });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  const ask = (sessionId, method) =>
    new Promise((resolve) => {
      const id = nextId++;
      const timer = setTimeout(() => resolve(null), 5000);
      waiting.set(id, (result) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(result);
      });
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method }),
      });
    });
  return {
    /** Used heap of every worker alive, in MB, summed (NaN when a worker did not answer). */
    async usedMb() {
      let total = 0;
      for (const [sessionId, target] of workers) {
        if (target.type !== 'worker') continue;
        const usage = await ask(sessionId, 'Runtime.getHeapUsage');
        total += usage ? usage.usedSize / 1024 / 1024 : NaN;
      }
      return total;
    },
  };
}
