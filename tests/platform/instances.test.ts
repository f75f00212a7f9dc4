// Several server instances on one PostgreSQL must behave as one. Runs where DATABASE_URL names a server
// (the CI runs the suite a second time that way); the embedded database is single-process by design.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, rawQuery, type Database } from '../../src-server/platform/db/database';
import { projectMigrations, readMigrationFolders, unappliedMigrations } from '../../src-server/platform/db/migrator';

const serverUrl = process.env.DATABASE_URL;
const onServer = serverUrl ? describe : describe.skip;

onServer('instances sharing one PostgreSQL database', () => {
  const name = `zsb_instances_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  let a: Database;
  let b: Database;

  beforeAll(async () => {
    await admin(`CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl as string);
    url.pathname = `/${name}`;
    a = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 3 });
    b = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 3 });
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it('migrate at the same moment without applying anything twice', async () => {
    const names = (await readMigrationFolders(projectMigrations.dir)).map((m) => m.name);
    const [fromA, fromB] = await Promise.all([a.migrate(), b.migrate()]);
    expect([...fromA, ...fromB].sort()).toEqual(names);
    const rows = await rawQuery<{ n: number }>(a, 'SELECT count(*)::int AS n FROM _prisma_migrations');
    expect(rows[0].n).toBe(names.length);
    expect(await unappliedMigrations((sql) => rawQuery(b, sql))).toEqual([]);
  });

  it('see each other’s writes at once', async () => {
    await a.prisma.region.create({ data: { code: '4105', name: '安阳市', level: 'city' } });
    expect(await b.prisma.region.findUnique({ where: { code: '4105' } })).toMatchObject({ name: '安阳市' });
  });
});
