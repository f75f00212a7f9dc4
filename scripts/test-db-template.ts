// Builds the migrated database that every test file starts from, once per test run, in its own process
// (jest's globalSetup calls it): `embedded <file>` dumps a migrated in-memory PGlite to a tarball;
// `postgres <name>` creates a migrated template database on the server named by DATABASE_URL.
// A separate process because PGlite leaves PostgreSQL's statement alarm armed after the schema engine's
// work, which would keep jest waiting; here the process simply exits.
import { writeFileSync } from 'node:fs';
import pg from 'pg';
import { openDatabase } from '../src-server/platform/db/database';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { migrateDatabase } from '../src-server/platform/db/migrator';

async function main() {
  const [kind, target] = process.argv.slice(2);
  if (kind === 'embedded' && target) {
    const pglite = new PGlite();
    await migrateDatabase(new PrismaPGlite(pglite));
    const dump = await pglite.dumpDataDir('none');
    writeFileSync(target, Buffer.from(await dump.arrayBuffer()));
    await pglite.close();
    return;
  }
  const serverUrl = process.env.DATABASE_URL;
  if (kind === 'postgres' && target && serverUrl) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${target}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${target}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${target}`;
    const db = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 });
    await db.migrate();
    await db.close();
    return;
  }
  throw new Error('usage: test-db-template.ts embedded <file> | postgres <database name> (with DATABASE_URL)');
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
