// Writes the next migration from the difference between prisma/migrations and prisma/schema.prisma.
//   npm run db:diff -- <name>      e.g. npm run db:diff -- add_staff_accounts
//   npm run db:diff -- --check     exits 1, naming this command, when a schema change has no migration
// Options for tests: --schema <file> --migrations <dir> compare another pair than the project's.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultLockfile, lockfileName, pendingSchemaChange, projectMigrations } from '../src-server/platform/db/migrator';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { check: { type: 'boolean' }, schema: { type: 'string' }, migrations: { type: 'string' } },
  });
  const source = {
    dir: values.migrations ? path.resolve(values.migrations) : projectMigrations.dir,
    schemaPath: values.schema ? path.resolve(values.schema) : projectMigrations.schemaPath,
  };
  const name = positionals[0];
  if (!values.check && (!name || !/^[a-z][a-z0-9_]{0,60}$/.test(name))) {
    console.error('用法：npm run db:diff -- <迁移名>，迁移名用小写英文字母、数字和下划线，例如 add_staff_accounts');
    return 2;
  }
  const sql = await pendingSchemaChange(source);
  if (!sql) {
    console.log('prisma/schema.prisma 与 prisma/migrations 一致，无需新迁移。');
    return 0;
  }
  if (values.check) {
    console.error(
      'prisma/schema.prisma 有改动，但 prisma/migrations 中没有对应的迁移。' +
        '请运行 `npm run db:diff -- <迁移名>` 生成迁移，检查后一并提交。待生成的 SQL：\n\n' + sql,
    );
    return 1;
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const folder = path.join(source.dir, `${stamp}_${name}`);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'migration.sql'), sql + '\n');
  const lockfile = path.join(source.dir, lockfileName);
  if (!existsSync(lockfile)) await writeFile(lockfile, defaultLockfile);
  console.log(`已写入 ${path.relative(process.cwd(), folder)}/migration.sql；请检查后提交，再运行 npm run db:migrate。`);
  return 0;
}

// Exit explicitly: the embedded database and the schema engine leave timers that would hold the process.
main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
