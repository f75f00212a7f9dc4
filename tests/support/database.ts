// A fresh, migrated database for each test file, copied from the template that global-setup.ts built:
// an in-memory PGlite loaded from the template's dump by default, or a new database created from the
// template database on the PostgreSQL server named by DATABASE_URL (dropped afterwards). One suite, both.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { openDatabase, type Database } from '../../src-server/platform/db/database';

export interface TestDatabase extends Database {
  /** Closes the database and, on a server, drops it. */
  destroy(): Promise<void>;
  /** On a PostgreSQL server: the database's URL, so a second instance can open it. */
  url?: string;
}

function template(): string {
  const name = process.env.ZSB_TEST_TEMPLATE;
  if (!name) throw new Error('No test database template: run the tests with `npm test` (jest globalSetup builds it).');
  return name;
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const db = await openDatabase({ kind: 'embedded', dataDir: null, loadDataDir: new Blob([readFileSync(template())]) });
    return Object.assign(db, { destroy: () => db.close() });
  }
  const name = `zsb_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${template()}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5 });
  return Object.assign(db, {
    url: url.toString(),
    async destroy() {
      await db.close();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  });
}
