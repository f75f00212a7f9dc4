// The migrations folder is the only way the schema reaches a database; these tests keep it honest.
// They drive the real commands (npm run db:diff / db:migrate) in child processes, as a developer would.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, rawQuery } from '../../src-server/platform/db/database';
import { projectMigrations, readMigrationFolders } from '../../src-server/platform/db/migrator';

const root = path.join(__dirname, '..', '..');

function runScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [require.resolve('tsx/cli'), path.join(root, 'scripts', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: '', ...env },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('prisma/schema.prisma and prisma/migrations', () => {
  it('agree: a schema change without its migration fails here', () => {
    const { status, output } = runScript('db-diff.ts', ['--check']);
    if (status !== 0) throw new Error(output);
    expect(output).toContain('一致');
  });

  it('would notice a model added to the schema without a migration, and name npm run db:diff', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'zsb-drift-'));
    cpSync(projectMigrations.dir, path.join(dir, 'migrations'), { recursive: true });
    const schema = path.join(dir, 'schema.prisma');
    writeFileSync(schema, readFileSync(projectMigrations.schemaPath, 'utf8') + '\nmodel DriftProbe {\n  id Int @id\n}\n');
    const check = runScript('db-diff.ts', ['--check', '--schema', schema, '--migrations', path.join(dir, 'migrations')]);
    expect(check.status).toBe(1);
    expect(check.output).toContain('npm run db:diff');
    expect(check.output).toContain('CREATE TABLE "DriftProbe"');

    const write = runScript('db-diff.ts', ['drift_probe', '--schema', schema, '--migrations', path.join(dir, 'migrations')]);
    expect(write.status).toBe(0);
    const again = runScript('db-diff.ts', ['--check', '--schema', schema, '--migrations', path.join(dir, 'migrations')]);
    expect(again.status).toBe(0);
  });

  it('use Prisma folder names, each with a migration.sql, and a lockfile for postgresql', async () => {
    const folders = await readMigrationFolders(projectMigrations.dir);
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) expect(folder.sql.trim().length).toBeGreaterThan(0);
    expect(readFileSync(path.join(projectMigrations.dir, 'migration_lock.toml'), 'utf8')).toContain('provider = "postgresql"');
  });
});

describe('npm run db:migrate on the embedded database', () => {
  it('applies every migration once, records it where `prisma migrate deploy` looks, then has nothing to do', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zsb-migrate-'));
    const names = (await readMigrationFolders(projectMigrations.dir)).map((m) => m.name);
    const first = runScript('db-migrate.ts', [], { DATA_DIR: dataDir });
    expect(first.status).toBe(0);
    expect(first.output).toContain(`已应用迁移：${names.join('、')}`);
    const second = runScript('db-migrate.ts', [], { DATA_DIR: dataDir });
    expect(second.status).toBe(0);
    expect(second.output).toContain('数据库已是最新');

    const db = await openDatabase({ kind: 'embedded', dataDir });
    try {
      const rows = await rawQuery<{ migration_name: string; checksum: string; finished_at: Date | null }>(
        db,
        'SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name',
      );
      expect(rows.map((r) => r.migration_name)).toEqual(names);
      expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.checksum) && r.finished_at !== null)).toBe(true);
    } finally {
      await db.close();
    }
  });
});
