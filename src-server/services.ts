// What the app is built from: created once by the process entry (or a test), passed to every module.
import type { Config } from './platform/config';
import type { Database } from './platform/db/database';
import type { Logger } from './platform/logger';
import type { PiiCipher } from './identity/pii';
import { loadPiiCipher } from './identity/pii-keys';
import { coreReadinessChecks } from './ops/readiness';

/** A named check that /readyz runs; a module registers one for anything it must have loaded to serve. */
export interface ReadinessCheck {
  name: string;
  check: () => Promise<void>;
}

export interface Services {
  config: Config;
  db: Database;
  logger: Logger;
  pii: PiiCipher;
  /** Milliseconds since the epoch; tests hold it still where wall-clock windows would make them flaky. */
  clock: () => number;
  readiness: ReadinessCheck[];
}

/** Assembles the services from their parts; the process entry and the tests both build them here. */
export function createServices(parts: { config: Config; db: Database; logger: Logger; clock?: () => number }): Services {
  const services: Services = { clock: Date.now, ...parts, pii: loadPiiCipher(parts.config), readiness: [] };
  services.readiness.push(...coreReadinessChecks(services));
  return services;
}
