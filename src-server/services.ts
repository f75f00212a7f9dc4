// What the app is built from: created once by the process entry (or a test), passed to every module.
import type { Config } from './platform/config';
import type { Database } from './platform/db/database';
import type { Logger } from './platform/logger';

/** A named check that /readyz runs; a module registers one for anything it must have loaded to serve. */
export interface ReadinessCheck {
  name: string;
  check: () => Promise<void>;
}

export interface Services {
  config: Config;
  db: Database;
  logger: Logger;
  readiness: ReadinessCheck[];
}
