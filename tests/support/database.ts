// A fresh, migrated database for each test file: in-memory PGlite by default, or a new database on the
// PostgreSQL server named by DATABASE_URL (dropped afterwards), so one suite runs on both.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src-server/platform/db/database';

export interface TestDatabase extends Database {
  /** Closes the database and, on a server, drops it. */
  destroy(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const db = await openDatabase({ kind: 'embedded', dataDir: null });
    await db.migrate();
    return Object.assign(db, { destroy: () => db.close() });
  }
  const name = `zsb_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5 });
  await db.migrate();
  return Object.assign(db, {
    async destroy() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  });
}
