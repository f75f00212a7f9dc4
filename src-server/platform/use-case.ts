// The one shape of every use case: `useCase(ctx, input)`. The context carries what a use case may touch —
// the database (the client, or the transaction it runs in), the caller, the clock, the request id and the
// logger — plus the services a few need (personal-data cipher, configuration). Routes build it once per
// request (platform/http/route.ts); seeds, scripts and jobs build it with `systemContext`.
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { Actor, Caller, ResidentActor, StaffActor } from '../identity/actor';
import type { PiiCipher } from '../identity/pii';
import type { Clock } from './clock';
import type { DirectSql } from './db/direct-sql';
import type { Config } from './config';
import { Errors } from './errors';
import type { Logger } from './logger';
import type { ReadCache } from './read-cache';

/** What a use case may use: the services it was built from, and the request's caller. */
export interface UseCaseServices {
  prisma: PrismaClient;
  sql: DirectSql;
  clock: Clock;
  logger: Logger;
  pii: PiiCipher;
  config: Config;
  memo: ReadCache;
}

export interface UseCaseContext {
  /** The database client; inside `inTransaction`, the transaction. */
  db: PrismaClient | Prisma.TransactionClient;
  /** Statements straight to the driver, for the hot paths (use `sqlRows`, which respects a transaction). */
  sql: DirectSql;
  caller: Caller;
  clock: Clock;
  requestId?: string;
  log: Logger;
  pii: PiiCipher;
  config: Config;
  /** What this instance remembers of the database between requests (platform/read-cache.ts). */
  memo: ReadCache;
}

export function contextFor(services: UseCaseServices, caller: Caller, requestId?: string, log?: Logger): UseCaseContext {
  const { prisma, sql, clock, logger, pii, config, memo } = services;
  return { db: prisma, sql, caller, clock, requestId, log: log ?? logger, pii, config, memo };
}

/** A context for work no person asked for in a request: the seed, an operator's command, a job. */
export const systemContext = (services: UseCaseServices, name: string): UseCaseContext =>
  contextFor(services, { kind: 'system', name });

const inTx = new WeakSet<object>();

/**
 * Runs `work` in one transaction with a context whose `db` is that transaction: the change and its audit
 * record commit together or not at all. Already inside one, it joins it.
 */
export async function inTransaction<T>(
  ctx: UseCaseContext,
  work: (tx: UseCaseContext & { db: Prisma.TransactionClient }) => Promise<T>,
  options?: { timeout?: number },
): Promise<T> {
  if (inTx.has(ctx.db)) return work(ctx as UseCaseContext & { db: Prisma.TransactionClient });
  return (ctx.db as PrismaClient).$transaction(async (tx) => {
    inTx.add(tx);
    // The instance's memory, seen from the transaction: never a wait on a read that needs another connection.
    return work({ ...ctx, db: tx, memo: ctx.memo.withinTransaction() });
  }, options);
}

/**
 * The rows of one statement: straight to the driver, or through the transaction `ctx.db` is (Prisma's raw query
 * types rows the same way, see platform/db/direct-sql.ts). `prepared`: fixed text that runs often.
 */
export function sqlRows<T>(ctx: Pick<UseCaseContext, 'db' | 'sql'>, statement: Prisma.Sql, options?: { prepared?: boolean }): Promise<T[]> {
  return inTx.has(ctx.db) ? ctx.db.$queryRaw<T[]>(statement) : ctx.sql.rows<T>(statement, options);
}

/** The caller of a use case that residents call (the route's access rule has already checked the kind). */
export function residentOf(ctx: UseCaseContext): ResidentActor {
  if (ctx.caller?.kind !== 'resident') throw Errors.unauthenticated();
  return ctx.caller;
}

export function staffOf(ctx: UseCaseContext): StaffActor {
  if (ctx.caller?.kind !== 'staff') throw Errors.unauthenticated();
  return ctx.caller;
}

/** A signed-in person (resident or staff). */
export function actorOf(ctx: UseCaseContext): Actor {
  if (!ctx.caller || ctx.caller.kind === 'system') throw Errors.unauthenticated();
  return ctx.caller;
}
