// Work done after WeChat has its answer: WeChat waits 5 s and retries, while the assistant and the send may take
// longer. A failed task is logged (the push is already answered). `idle()` lets tests, and a shutdown, wait for
// what is in flight.
import type { Logger } from '../../platform/logger';

const pending = new Set<Promise<void>>();

export const pushWork = {
  /** Runs `task` once the current request has been answered (the next turn of the event loop). */
  run(task: () => Promise<void>, log: Logger): void {
    const done: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(task)
      .catch((err: unknown) => log.error({ err }, 'wechat push work failed'))
      .finally(() => pending.delete(done));
    pending.add(done);
  },
  /** Resolves when no task is running, including tasks that running ones started. */
  async idle(): Promise<void> {
    while (pending.size > 0) await Promise.all([...pending]);
  },
};
