// The outbox worker: every instance runs one. It polls every second (and is woken right after a commit that owed a
// message), claims due messages, delivers each and records what became of it; once a minute it also owes the
// rating reminders (sweep-reminders.ts).
//
// Why a lease and not a transaction held over the send: claiming is one short statement — `FOR UPDATE SKIP LOCKED`
// picks due rows no other instance is claiming, and the same UPDATE moves their next_attempt_at 2 minutes ahead and
// counts the attempt — then the send runs with no transaction open, and the outcome is written only if the row
// still carries this claim (status pending, same attempt count). Another instance cannot take the message while
// the lease runs (the send's timeout is 10 s, the token's 5 s, far below it), so it is never sent twice by two
// instances; a process that dies mid-send leaves the row pending, and the lease running out makes it due again, so
// it is never lost. Holding a transaction open over an HTTP call would pin a database connection (on the embedded
// database, THE connection, blocking every request) for as long as WeChat takes. The one window left is a crash
// after WeChat accepted and before the outcome was written: that message goes out again (WeChat's send has no
// idempotency key; nothing on our side can close it).
import { performance } from 'node:perf_hooks';
import type { Services } from '../services';
import type { UseCaseContext } from '../platform/use-case';
import { deliverMessage, type ClaimedMessage, type Delivery } from './deliver-message';
import { onOutboxWritten } from './outbox-signal';
import { sweepRatingReminders } from './sweep-reminders';

/** How long a claim keeps other instances off a message. */
export const LEASE_MS = 2 * 60_000;
/** Back-off after the 1st, 2nd … failed attempt; after the last one the message is dead (listed for admins). */
export const BACKOFF_MS = [10_000, 60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000];
export const MAX_ATTEMPTS = BACKOFF_MS.length + 1;
const BATCH = 20;

export interface OutboxWorker {
  /** Runs a pass now (or right after the one running). */
  nudge(): void;
  /** Delivers everything due now (passes until one claims nothing); `sweep` also owes the rating reminders first. */
  drain(options?: { sweep?: boolean }): Promise<void>;
  /** Stops polling and waits for the pass in flight. */
  stop(): Promise<void>;
}

/** Claims up to BATCH due messages under a lease, in one statement (see the top of this file). */
async function claim(ctx: UseCaseContext): Promise<ClaimedMessage[]> {
  const now = ctx.clock.now();
  return ctx.db.$queryRaw<ClaimedMessage[]>`
    UPDATE outbox_message SET attempts = attempts + 1, next_attempt_at = ${new Date(now.getTime() + LEASE_MS)}
    WHERE id IN (
      SELECT id FROM outbox_message
      WHERE status = 'pending' AND next_attempt_at <= ${now}
      ORDER BY next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
    RETURNING id, event, resident_id AS "residentId", payload, attempts`;
}

/** Records the outcome, only while this claim still holds the message. */
async function record(ctx: UseCaseContext, message: ClaimedMessage, delivery: Delivery): Promise<void> {
  const now = ctx.clock.now();
  const held = { id: message.id, status: 'pending' as const, attempts: message.attempts };
  if (delivery.status === 'sent') {
    await ctx.db.outboxMessage.updateMany({ where: held, data: { status: 'sent', sentAt: now, lastError: null } });
  } else if (delivery.status === 'skipped') {
    await ctx.db.outboxMessage.updateMany({ where: held, data: { status: 'skipped', lastError: delivery.error } });
  } else if (message.attempts >= MAX_ATTEMPTS) {
    const dead = await ctx.db.outboxMessage.updateMany({ where: held, data: { status: 'dead', lastError: delivery.error } });
    // WeChat never used the consent this message took: give it back for the resident's next message.
    if (dead.count === 1) await ctx.db.subscribeConsent.updateMany({ where: { usedFor: message.id }, data: { usedAt: null, usedFor: null } });
  } else {
    const backoff = BACKOFF_MS[message.attempts - 1];
    await ctx.db.outboxMessage.updateMany({ where: held, data: { lastError: delivery.error, nextAttemptAt: new Date(now.getTime() + backoff) } });
  }
}

export function startOutboxWorker(services: Services, options: { pollMs?: number; sweepMs?: number } = {}): OutboxWorker {
  const { pollMs = 1000, sweepMs = 60_000 } = options;
  const ctx = services.system('outbox');
  let stopped = false;
  let lastSweep = -Infinity;
  let chain: Promise<unknown> = Promise.resolve();
  let queued = false;

  /** One pass: the sweep when due, then one batch. Answers how many messages it claimed. */
  const pass = async (forceSweep = false): Promise<number> => {
    try {
      if (forceSweep || performance.now() - lastSweep >= sweepMs) {
        lastSweep = performance.now();
        await sweepRatingReminders(ctx);
      }
      const claimed = await claim(ctx);
      // One message at a time: WeChat calls are short, and the batch is small.
      for (const message of claimed) {
        const delivery = await deliverMessage(ctx, message).catch((err: unknown): Delivery => ({ status: 'retry', error: `投递出错：${err instanceof Error ? err.message : String(err)}`.slice(0, 500) }));
        await record(ctx, message, delivery);
        if (delivery.status !== 'sent') ctx.log.info({ messageId: message.id, event: message.event, attempt: message.attempts, ...delivery }, 'outbox message not sent');
      }
      return claimed.length;
    } catch (err) {
      if (!stopped) ctx.log.warn({ err }, 'outbox pass failed');
      return 0;
    }
  };
  /** Passes run one after another within an instance; instances run theirs at once. */
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work);
    chain = next.catch(() => undefined);
    return next;
  };
  const nudge = () => {
    if (stopped || queued) return;
    queued = true;
    void serial(async () => {
      queued = false;
      // A full batch means more may be due: go on until a pass finds less.
      while (!stopped && (await pass()) === BATCH);
    });
  };
  const timer = setInterval(nudge, pollMs);
  timer.unref();
  const unsubscribe = onOutboxWritten(nudge);
  return {
    nudge,
    drain: ({ sweep = false } = {}) =>
      serial(async () => {
        let first = true;
        while ((await pass(sweep && first)) > 0) first = false;
      }),
    async stop() {
      stopped = true;
      clearInterval(timer);
      unsubscribe();
      await chain;
    },
  };
}
