// Builds the real app on a fresh test database; tests talk to `app.callback()` through supertest, no port.
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import supertest from 'supertest';
import type Koa from 'koa';
import { createApp } from '../../src-server/app';
import { loadConfig, type Config } from '../../src-server/platform/config';
import { createLogger } from '../../src-server/platform/logger';
import type { RouteDef } from '../../src-server/platform/http/route';
import { seedRegions } from '../../src-server/places/seed-regions';
import { seedCatalog } from '../../src-server/catalog/seed-catalog';
import { seedQueues } from '../../src-server/queues/seed-queues';
import { seedServicePlaces } from '../../src-server/service-places/seed-service-places';
import { createServices, type Services } from '../../src-server/services';
import type { Clock } from '../../src-server/platform/clock';
import { createTestDatabase, type TestDatabase } from './database';

export interface TestApp {
  app: Koa;
  request: ReturnType<typeof supertest>;
  services: Services;
  db: TestDatabase;
  close(): Promise<void>;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zsb-test-'));
  return {
    ...loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      DATA_DIR: dataDir,
      PII_KEY: `test1:${Buffer.alloc(32, 1).toString('base64')}`,
      PII_HASH_KEY: Buffer.alloc(32, 2).toString('base64'),
      // Most tests send many requests from one address; the rate-limit tests turn limits back on.
      RATE_LIMITS: 'false',
    }),
    h5Dir: path.join(dataDir, 'no-h5'),
    ...overrides,
  };
}

export async function startTestApp(
  options: {
    seedRegions?: boolean;
    /** The committed Anyang catalog, published as version 1. */
    seedCatalog?: boolean;
    config?: Partial<Config>;
    clock?: Clock;
    routes?: (services: Services) => RouteDef[];
  } = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = testConfig(options.config);
  const services = createServices({ config, db, logger: createLogger(config.logLevel), clock: options.clock });
  if (options.seedRegions) await seedRegions(services.system('seed'));
  if (options.seedRegions) await seedServicePlaces(services.system('seed'));
  if (options.seedCatalog) await seedCatalog(services.system('seed'));
  if (options.seedRegions && options.seedCatalog) await seedQueues(services.system('seed'));
  const app = createApp(services, options.routes?.(services));
  return { app, request: supertest(app.callback()), services, db, close: () => db.destroy() };
}
