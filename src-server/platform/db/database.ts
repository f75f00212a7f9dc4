// Opens the one database dialect the project has, PostgreSQL, in one of two forms:
// embedded (PGlite, WebAssembly, in a data folder) when no DATABASE_URL is given, or a real server through a
// connection pool. The Prisma client, the schema and the migrations are the same for both.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaClient } from '../../generated/prisma/client';
import { migrateDatabase, type MigrationSource, projectMigrations, unappliedMigrations } from './migrator';
import { lockKeys } from './locks';
import { pgliteDirectSql, postgresDirectSql, type DirectSql } from './direct-sql';

export type DatabaseKind = 'embedded' | 'postgres';

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  /** The same database without Prisma's client in between, for the hot statements (platform/db/direct-sql.ts). */
  sql: DirectSql;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Applies pending migrations; on a shared server, instances starting together take turns. */
  migrate(source?: MigrationSource): Promise<string[]>;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | {
      kind: 'embedded';
      /** Folder of the database files; null keeps the database in memory. */
      dataDir: string | null;
      /** A tarball from PGlite's dumpDataDir to start from (in-memory only), e.g. a migrated template. */
      loadDataDir?: Blob;
    }
  | { kind: 'postgres'; url: string; poolSize: number };


export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.kind === 'embedded'
    ? openEmbedded(options.dataDir, options.loadDataDir)
    : openPostgres(options.url, options.poolSize);
}

async function openEmbedded(dataDir: string | null, loadDataDir?: Blob): Promise<Database> {
  let pglite: PGlite;
  if (dataDir) {
    const pgdata = path.join(dataDir, 'pgdata');
    await mkdir(pgdata, { recursive: true });
    pglite = new PGlite(pgdata);
  } else {
    pglite = new PGlite({ loadDataDir });
  }
  await pglite.waitReady;
  const adapterFactory = new PrismaPGlite(pglite);
  const prisma = new PrismaClient({ adapter: adapterFactory, transactionOptions });
  return {
    kind: 'embedded',
    prisma,
    sql: pgliteDirectSql(pglite),
    adapterFactory,
    migrate: async (source = projectMigrations) => {
      // Loading the schema engine costs a few hundred milliseconds: only when something is pending.
      const pending = await unappliedMigrations(async (sql) => (await pglite.query<{ migration_name: string }>(sql)).rows, source);
      return pending.length === 0 ? [] : migrateDatabase(adapterFactory, source);
    },
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection that the server drops (restart, failover, admin action) is reported here; without a
  // listener it would crash the process. The pool replaces it on the next query.
  pool.on('error', (err) => process.emitWarning(`PostgreSQL connection lost: ${err.message}`));
  const adapterFactory = new PrismaPg(pool);
  const prisma = new PrismaClient({ adapter: adapterFactory, transactionOptions });
  return {
    kind: 'postgres',
    prisma,
    sql: postgresDirectSql(pool),
    adapterFactory,
    async migrate(source = projectMigrations) {
      // Waits without a time limit, unlike Prisma's own 10 s lock inside the engine, so a long migration on one
      // instance makes the others wait rather than fail.
      const pending = await unappliedMigrations(async (sql) => (await pool.query<{ migration_name: string }>(sql)).rows, source);
      if (pending.length === 0) return [];
      const lock = await pool.connect();
      // The engine's session-level lock is released only when its session ends: give it its own connection.
      const enginePool = new pg.Pool({ connectionString: url, max: 1 });
      enginePool.on('error', () => undefined);
      try {
        await lock.query('SELECT pg_advisory_lock($1)', [lockKeys.migrations]);
        return await migrateDatabase(wholeScripts(new PrismaPg(enginePool), enginePool), source);
      } finally {
        await enginePool.end();
        await lock.query('SELECT pg_advisory_unlock($1)', [lockKeys.migrations]).catch(() => undefined);
        lock.release();
      }
    },
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/**
 * Prisma's PostgreSQL adapter runs a migration script by splitting it on every semicolon, which breaks a
 * function body (the append-only triggers). PostgreSQL's simple query protocol takes the whole script at once,
 * as PGlite's adapter already does, so the engine's connection sends it whole.
 */
function wholeScripts(factory: PrismaPg, pool: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  return Object.assign(Object.create(factory) as PrismaPg, {
    async connect() {
      const adapter = await factory.connect();
      const onError = (adapter as unknown as { onError?: (err: unknown) => never }).onError?.bind(adapter);
      adapter.executeScript = async (script: string) => {
        try {
          await pool.query(script);
        } catch (err) {
          if (onError) onError(err);
          throw err;
        }
      };
      return adapter;
    },
  });
}

/**
 * Under a burst a transaction may wait for a pooled connection longer than Prisma's defaults (2 s to start, 5 s to
 * run); waiting a little longer beats refusing a resident's submission. Past these, the request is answered 503.
 */
const transactionOptions = { maxWait: 10_000, timeout: 20_000 };

/** Runs a raw query through Prisma; used by health checks and the migration status check. */
export async function rawQuery<T>(db: Database, sql: string): Promise<T[]> {
  return db.prisma.$queryRawUnsafe<T[]>(sql);
}
