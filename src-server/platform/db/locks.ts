// PostgreSQL advisory locks by name: one table of keys, so no two features pick the same number by accident.
// Every instance on the same database asks for the same key, which is what makes them take turns.
import type { Prisma } from '../../generated/prisma/client';

export const lockKeys = {
  /** Applying migrations (held on a dedicated connection for the whole run). */
  migrations: 4_105_216,
  /** Publishing or republishing a catalog version: one at a time. */
  catalogPublish: 4_105_001,
} as const;

export type LockName = keyof typeof lockKeys;

/** Takes the named lock until the surrounding transaction ends. */
export async function lockForTransaction(tx: Prisma.TransactionClient, name: LockName): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${lockKeys[name]})`;
}
