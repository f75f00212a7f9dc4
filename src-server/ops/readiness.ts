// Use case: is this instance ready to serve? Database reachable, every migration applied, and whatever the
// modules registered (e.g. a search index loaded).
import { unappliedMigrations } from '../platform/db/migrator';
import { rawQuery } from '../platform/db/database';
import type { Database } from '../platform/db/database';

/** A named check that /readyz runs; a module registers one for anything it must have loaded to serve. */
export interface ReadinessCheck {
  name: string;
  check: () => Promise<void>;
  /** Reported, but the instance still serves when it fails (e.g. a holiday calendar not yet entered). */
  advisory?: boolean;
}

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, 'ok' | string>;
}

export function coreReadinessChecks(db: Database): ReadinessCheck[] {
  return [
    { name: 'database', check: async () => void (await rawQuery(db, 'SELECT 1')) },
    {
      name: 'migrations',
      check: async () => {
        const missing = await unappliedMigrations((sql) => rawQuery(db, sql));
        if (missing.length > 0) throw new Error(`未应用的数据库迁移：${missing.join(', ')}`);
      },
    },
  ];
}

export async function checkReadiness(checks: ReadinessCheck[]): Promise<ReadinessReport> {
  const results = await Promise.all(
    checks.map(async ({ name, check }) => {
      try {
        await check();
        return [name, 'ok', false] as const;
      } catch (err) {
        return [name, err instanceof Error ? err.message : String(err), checks.find((c) => c.name === name)?.advisory ?? false] as const;
      }
    }),
  );
  return { ready: results.every(([, r, advisory]) => r === 'ok' || advisory), checks: Object.fromEntries(results.map(([n, r]) => [n, r])) };
}
