// Applies pending migrations to the configured database: DATABASE_URL if set, else the embedded one in DATA_DIR.
import { ConfigError, loadConfig } from '../src-server/platform/config';
import { openDatabase } from '../src-server/platform/db/database';

async function main() {
  const config = loadConfig();
  const db = await openDatabase(
    config.databaseUrl
      ? { kind: 'postgres', url: config.databaseUrl, poolSize: 2 }
      : { kind: 'embedded', dataDir: config.dataDir },
  );
  try {
    const applied = await db.migrate();
    console.log(applied.length ? `已应用迁移：${applied.join('、')}` : '数据库已是最新，无待应用的迁移。');
  } finally {
    await db.close();
  }
}

// Exit explicitly: PGlite leaves PostgreSQL's statement alarm armed for a few seconds after closing.
main().then(() => process.exit(0), (err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
