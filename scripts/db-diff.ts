// Writes the next migration from the difference between prisma/migrations and prisma/schema.prisma.
// Usage: npm run db:diff -- <name>        e.g. npm run db:diff -- add_staff_accounts
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultLockfile, lockfileName, pendingSchemaChange, projectMigrations } from '../src-server/platform/db/migrator';

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z][a-z0-9_]{0,60}$/.test(name)) {
    console.error('用法：npm run db:diff -- <迁移名>，迁移名用小写英文字母、数字和下划线，例如 add_staff_accounts');
    process.exit(2);
  }
  const sql = await pendingSchemaChange();
  if (!sql) {
    console.log('prisma/schema.prisma 与 prisma/migrations 一致，无需新迁移。');
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const folder = path.join(projectMigrations.dir, `${stamp}_${name}`);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'migration.sql'), sql + '\n');
  const lockfile = path.join(projectMigrations.dir, lockfileName);
  if (!existsSync(lockfile)) await writeFile(lockfile, defaultLockfile);
  console.log(`已写入 ${path.relative(process.cwd(), folder)}/migration.sql；请检查后提交，再运行 npm run db:migrate。`);
}

// Exit explicitly: PGlite leaves PostgreSQL's statement alarm armed for a few seconds after closing.
main().then(() => process.exit(0), (err) => {
  console.error(err);
  process.exit(1);
});
