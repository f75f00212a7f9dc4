// Process entry: configuration, database, migrations, reference data, HTTP, graceful shutdown.
import { pushWork } from './assistant/wechat/push-work';
import { createApp } from './app';
import { ConfigError, loadConfig } from './platform/config';
import { openDatabase } from './platform/db/database';
import { ensureH5Built } from './platform/h5-build';
import { createLogger } from './platform/logger';
import { serve } from './platform/http/serve';
import { loadReferenceData } from './reference-data';
import { ensureDemoAccounts } from './identity/demo-accounts';
import { seedDemoHistoryOnce } from './ops/demo-history';
import { createServices, type Services } from './services';
import { startOutboxWorker } from './notifications/outbox-worker';

/** Demo mode: create the demo staff accounts and say how to sign in with them. */
async function announceDemoAccounts(services: Services) {
  const { config } = services;
  const accounts = await ensureDemoAccounts(services.system('demo'), { password: config.demoPassword });
  const counties = accounts.filter((a) => a.role === 'county_admin').map((a) => `${a.username}（${a.displayName.replace(/管理员$/, '')}）`);
  const clerk = accounts.find((a) => a.role === 'clerk' && a.scope.kind === 'township');
  const dept = accounts.find((a) => a.scope.kind === 'county_department');
  const station = accounts.find((a) => a.scope.kind === 'village');
  process.stdout.write(
    [
      `演示模式：已创建 ${accounts.length} 个工作人员演示账号，密码均为 DEMO_PASSWORD（${config.demoPassword === 'demo-password' ? '默认 demo-password' : '已自定义'}）`,
      '  admin — 市级管理员',
      `  county-<县区代码> — 县级管理员：${counties.join('、')}`,
      `  clerk-<乡镇代码> — 乡镇便民服务中心窗口，例如 ${clerk?.username}（${clerk?.displayName}）`,
      `  lead-<乡镇代码> — 乡镇分管领导，例如 ${clerk?.username.replace('clerk-', 'lead-')}`,
      `  dept-<县区代码>-<部门代码> — 县直部门窗口，例如 ${dept?.username}（${dept?.displayName}）`,
      `  station-<村（社区）代码> — 村（社区）便民服务站（每县一个乡镇的各村），例如 ${station?.username}（${station?.displayName}）`,
      '  居民可在 H5 页面“我的”中演示登录（无需微信）。',
      '',
    ].join('\n'),
  );
}

/**
 * Demo mode: a few months of cases made through the clerks' own use cases, once per database (DEMO_HISTORY=0:
 * none). It runs after the server is ready, so start-up does not wait for it; pages fill in as it goes.
 */
async function seedDemoHistoryInBackground(services: Services) {
  const startedAt = process.hrtime.bigint();
  try {
    const history = await seedDemoHistoryOnce(services);
    if (history === 'unchanged') return;
    const seconds = (Number(process.hrtime.bigint() - startedAt) / 1e9).toFixed(1);
    services.logger.info({ history, seconds }, 'demo history seeded');
    process.stdout.write(`演示历史办件已生成：${history.cases} 件（${history.residents} 位演示居民，用时 ${seconds} 秒；DEMO_HISTORY=0 可关闭）\n`);
  } catch (err) {
    services.logger.warn({ err }, 'demo history stopped before the end; what it made is kept');
  }
}

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
  const services = createServices({ config, db, logger });
  logger.info(await loadReferenceData(services.system('seed')), 'reference data loaded');

  if (config.demo) await announceDemoAccounts(services);
  const app = createApp(services);
  const running = await serve(app.callback(), config.port, config.host);
  const readyMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
  logger.info(
    { url: running.url, database: db.kind, dataDir: db.kind === 'embedded' ? config.dataDir : undefined, readyMs: Math.round(readyMs) },
    'server ready',
  );
  // Subscribe messages and rating reminders: every instance runs a worker; they share the work through PostgreSQL.
  const outbox = startOutboxWorker(services);
  if (config.demo && config.demoHistory) void seedDemoHistoryInBackground(services);
  process.stdout.write(`掌上办已启动：${running.url}（数据库：${db.kind === 'embedded' ? `内置 PostgreSQL，${config.dataDir}` : 'PostgreSQL 服务器'}，就绪用时 ${Math.round(readyMs)} ms）\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    const { forced } = await running.close(config.shutdownTimeoutMs);
    // Replies to WeChat pushes already answered with `success` are still being sent.
    await pushWork.idle();
    // The message being sent is recorded before the database closes (an unfinished claim would wait out its lease).
    await outbox.stop();
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
