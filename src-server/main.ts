// Process entry: configuration, database, migrations, reference data, HTTP, graceful shutdown.
import { createApp } from './app';
import { ConfigError, loadConfig } from './platform/config';
import { openDatabase } from './platform/db/database';
import { ensureH5Built } from './platform/h5-build';
import { createLogger } from './platform/logger';
import { serve } from './platform/http/serve';
import { coreReadinessChecks } from './ops/readiness';
import { seedRegions } from './places/seed-regions';
import type { Services } from './services';

async function main() {
  const startedAt = process.hrtime.bigint();
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(err.message + '\n');
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  if (config.buildH5OnStart) ensureH5Built(config.h5Dir, logger);

  const db = await openDatabase(
    config.databaseUrl
      ? { kind: 'postgres', url: config.databaseUrl, poolSize: config.databasePoolSize }
      : { kind: 'embedded', dataDir: config.dataDir },
  );
  if (config.migrateOnStart) {
    const applied = await db.migrate();
    if (applied.length > 0) logger.info({ applied }, 'database migrated');
  }
  const regions = await seedRegions(db.prisma);
  logger.info({ regions }, 'reference data loaded');

  const services: Services = { config, db, logger, readiness: [] };
  services.readiness.push(...coreReadinessChecks(services));
  const app = createApp(services);
  const running = await serve(app.callback(), config.port, config.host);
  const readyMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
  logger.info(
    { url: running.url, database: db.kind, dataDir: db.kind === 'embedded' ? config.dataDir : undefined, readyMs: Math.round(readyMs) },
    'server ready',
  );
  process.stdout.write(`掌上办已启动：${running.url}（数据库：${db.kind === 'embedded' ? `内置 PostgreSQL，${config.dataDir}` : 'PostgreSQL 服务器'}，就绪用时 ${Math.round(readyMs)} ms）\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    const { forced } = await running.close(config.shutdownTimeoutMs);
    await db.close();
    logger.info({ forced }, 'stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err) => {
  process.stderr.write(`启动失败：${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
