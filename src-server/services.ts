// What the app is built from: created once by the process entry (or a test), passed to every module.
import type { Config } from './platform/config';
import type { Database } from './platform/db/database';
import type { Logger } from './platform/logger';
import { systemClock, type Clock } from './platform/clock';
import type { PiiCipher } from './identity/pii';
import { loadPiiCipher } from './identity/pii-keys';
import { coreReadinessChecks, type ReadinessCheck } from './ops/readiness';
import { contextFor, systemContext, type UseCaseContext } from './platform/use-case';
import type { Caller } from './identity/actor';
import { uncoveredYears } from './applications/work-calendar';
import { ReadCache } from './platform/read-cache';
import { PublishedCatalog } from './catalog/published-catalog';
import { SearchService } from './search/search-service';
import { createLanguageModel, type LanguageModel } from './assistant/language-model';
import type { AssistantDeps } from './assistant/converse';

export interface Services {
  config: Config;
  db: Database;
  logger: Logger;
  pii: PiiCipher;
  /** The one source of time (tests hold it still or move it). */
  clock: Clock;
  /** What this instance remembers of the database between requests. */
  memo: ReadCache;
  readiness: ReadinessCheck[];
  /** The current published catalog version in this instance's memory (public reads). */
  published: PublishedCatalog;
  /** This instance's search index over it. */
  search: SearchService;
  /** What the assistant answers from: the published catalog, search, and the optional language model. */
  assistant: AssistantDeps;
  /** The use case context for a caller (routes build theirs per request). */
  context(caller: Caller, requestId?: string, log?: Logger): UseCaseContext;
  /** The use case context of work the system does by itself: `name` is the seed, a command or a job. */
  system(name: string): UseCaseContext;
}

/** Assembles the services from their parts; the process entry and the tests both build them here. */
export function createServices(parts: { config: Config; db: Database; logger: Logger; clock?: Clock }): Services {
  const { config, db, logger, clock = systemClock } = parts;
  const pii = loadPiiCipher(config);
  const memo = new ReadCache();
  const deps = { prisma: db.prisma, sql: db.sql, clock, logger, pii, config, memo };
  const published = new PublishedCatalog(db.prisma, logger);
  const search = new SearchService(db.prisma, published, clock, logger);
  return {
    config, db, logger, pii, clock, memo, published, search,
    assistant: { published, search, model: languageModelOf(config, logger, published) },
    readiness: [
      ...coreReadinessChecks(db),
      {
        // The published catalog and its search index are in memory (loaded here on the first check).
        name: 'search',
        check: async () => {
          if (!(await db.prisma.catalogVersion.count())) return; // nothing published yet: nothing to load
          await search.current();
        },
      },
      {
        // The package knows holidays up to its last year; an admin enters the next from the State Council notice.
        name: 'calendar',
        advisory: true,
        check: async () => {
          const missing = await uncoveredYears({ db: db.prisma, clock, memo });
          if (missing.length > 0) throw new Error(`节假日安排不完整：${missing.join('、')} 年尚未录入国务院通知，暂按周一至周五计算工作日`);
        },
      },
    ],
    context: (caller, requestId, log) => contextFor(deps, caller, requestId, log),
    system: (name) => systemContext(deps, name),
  };
}

/** The optional language model, checking its answers against every material name of the published catalog. */
function languageModelOf(config: Config, logger: Logger, published: PublishedCatalog): LanguageModel | null {
  if (!config.languageModel) return null;
  let materialNames = new Set<string>();
  published.onVersion((s) => {
    materialNames = new Set(s.matters.flatMap((m) => [...m.content.materials, ...m.content.situations.flatMap((x) => x.materials)].map((x) => x.name)));
  });
  return createLanguageModel(config.languageModel, logger, () => materialNames);
}
