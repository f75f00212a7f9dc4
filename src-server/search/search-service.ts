// Each instance's search over the current published version: the index follows the version PublishedCatalog
// loads (rebuilt off the request that noticed it; the old index answers meanwhile), the aliases admins add
// (table search_alias, checked at most once a second, so every instance finds a new alias within about a second),
// and the signals it re-ranks by (delegations in force, applications of the last 90 days; refreshed every 30 s).
// The query log is written in batches (at most a second late) so a search costs no database round trip.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client';
import type { Clock } from '../platform/clock';
import type { Logger } from '../platform/logger';
import type { CatalogSnapshot, PublishedCatalog } from '../catalog/published-catalog';
import { docOfMatter } from './catalog-docs';
import { SearchIndex, type SearchOutcome, type SearchSignals } from './search-index';

export const ALIAS_CHECK_MS = 1000;
export const SIGNALS_REFRESH_MS = 30_000;
const LOG_FLUSH_MS = 1000;
/** Recent answers kept per instance: residents ask the same things (低保, 社保卡丢了) over and over. */
const ANSWER_CACHE_SIZE = 2000;

export interface QueryLogEntry {
  id: string;
  text: string;
  resultCount: number;
  topMatterId: string | null;
  catalogVersion: number;
  createdAt: Date;
  /** The search box, or a chat turn the assistant could not answer (or only guessed: lowConfidence). */
  source: 'search' | 'chat';
  lowConfidence: boolean;
}

interface Built {
  version: number;
  index: SearchIndex;
}

const DAY_MS = 24 * 3600 * 1000;

export class SearchService {
  private built: Built | undefined;
  private building: Promise<void> | undefined;
  private aliasCheckedAt = -Infinity;
  private aliasStamp = '';
  private aliasChecking = false;
  private signalsAt = -Infinity;
  private signalsLoading = false;
  private offered = new Set<string>();
  private applications = new Map<string, number>();
  private pending: QueryLogEntry[] = [];
  /** Bumped whenever what an answer depends on changes (index, aliases, signals): older cached answers miss. */
  private generation = 0;
  private readonly answers = new Map<string, SearchOutcome>();
  private flushTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly published: PublishedCatalog,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  readonly signals: SearchSignals = {
    offeredNearby: (matterId, county) => this.offered.has(`${county}|${matterId}`),
    applications: (matterId) => this.applications.get(matterId) ?? 0,
  };

  /** The index of the current version (waits only for the very first build of this instance). */
  async current(): Promise<Built> {
    const snapshot = await this.published.current();
    if (!this.built) {
      this.building ??= this.build(snapshot).finally(() => {
        this.building = undefined;
      });
      await this.building;
    } else if (this.built.version !== snapshot.version && !this.building) {
      this.building = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => this.build(snapshot))
        .catch((err) => this.logger.error({ err }, 'search index build failed'))
        .finally(() => {
          this.building = undefined;
        });
    }
    this.followAliases();
    this.refreshSignals();
    return this.built!;
  }

  /** Searches the current index, answering a repeated question from the cache of recent answers. */
  async find(text: string, options: { limit: number; county?: string }): Promise<{ version: number; outcome: SearchOutcome }> {
    const { version, index } = await this.current();
    const key = `${this.generation}|${version}|${options.limit}|${options.county ?? ''}|${text}`;
    let outcome = this.answers.get(key);
    if (outcome) {
      this.answers.delete(key);
    } else {
      outcome = index.search(text, { ...options, signals: this.signals });
      if (this.answers.size >= ANSWER_CACHE_SIZE) this.answers.delete(this.answers.keys().next().value as string);
    }
    this.answers.set(key, outcome);
    return { version, outcome };
  }

  private changed() {
    this.generation++;
    this.answers.clear();
  }

  /** Whether the index is loaded (for /readyz). */
  get ready(): boolean {
    return this.built !== undefined;
  }

  private async build(snapshot: CatalogSnapshot): Promise<void> {
    const aliases = await this.prisma.searchAlias.findMany({ select: { matterId: true, alias: true, createdAt: true } });
    const extra = new Map<string, string[]>();
    for (const a of aliases) extra.set(a.matterId, [...(extra.get(a.matterId) ?? []), a.alias]);
    const started = performance.now();
    const docs = snapshot.matters
      .filter((m) => m.status === 'in_use')
      .map((m) => {
        const dept = snapshot.departments.get(m.departmentCode);
        const doc = docOfMatter(m.matterId, m.content, { code: m.departmentCode, name: dept?.name ?? m.departmentCode }, { handheld: m.handheld, level: m.level });
        const more = (extra.get(m.matterId) ?? []).filter((a) => !doc.aliases.includes(a));
        return more.length ? { ...doc, aliases: [...doc.aliases, ...more] } : doc;
      });
    const index = SearchIndex.build(docs);
    setImmediate(() => index.warm());
    if (!this.built || snapshot.version >= this.built.version) this.built = { version: snapshot.version, index };
    this.changed();
    this.aliasStamp = stampOf(aliases.length, aliases.reduce<Date | null>((m, a) => (!m || a.createdAt > m ? a.createdAt : m), null));
    this.aliasCheckedAt = performance.now();
    this.logger.info({ version: snapshot.version, matters: docs.length, ms: Math.round(performance.now() - started) }, 'search index built');
  }

  /** Picks up aliases added on any instance (at most one small query a second). */
  private followAliases() {
    if (this.aliasChecking || performance.now() - this.aliasCheckedAt < ALIAS_CHECK_MS) return;
    this.aliasChecking = true;
    void (async () => {
      try {
        const agg = await this.prisma.searchAlias.aggregate({ _count: { _all: true }, _max: { createdAt: true } });
        const stamp = stampOf(agg._count._all, agg._max.createdAt);
        if (stamp !== this.aliasStamp && this.built) {
          const all = await this.prisma.searchAlias.findMany({ select: { matterId: true, alias: true } });
          for (const a of all) this.built.index.addAlias(a.matterId, a.alias);
          this.aliasStamp = stamp;
          this.changed();
        }
      } catch (err) {
        this.logger.warn({ err }, 'search alias check failed');
      } finally {
        this.aliasCheckedAt = performance.now();
        this.aliasChecking = false;
      }
    })();
  }

  /** Adds an alias to this instance's index at once (the others follow within a second). */
  addAliasNow(matterId: string, alias: string) {
    this.built?.index.addAlias(matterId, alias);
    this.changed();
  }

  private refreshSignals() {
    if (this.signalsLoading || performance.now() - this.signalsAt < SIGNALS_REFRESH_MS) return;
    this.signalsLoading = true;
    void (async () => {
      try {
        const today = this.clock.today();
        const since = new Date(this.clock.now().getTime() - 90 * DAY_MS);
        const [delegations, counts] = await Promise.all([
          this.prisma.delegation.findMany({ where: { takenUp: true }, select: { countyCode: true, matterId: true, effectiveFrom: true, effectiveUntil: true } }),
          this.prisma.application.groupBy({ by: ['matterId'], where: { submittedAt: { gte: since } }, _count: { _all: true } }),
        ]);
        const day = (d: Date) => d.toISOString().slice(0, 10);
        this.offered = new Set(
          delegations
            .filter((d) => day(d.effectiveFrom) <= today && (!d.effectiveUntil || today < day(d.effectiveUntil)))
            .map((d) => `${d.countyCode}|${d.matterId}`),
        );
        this.applications = new Map(counts.map((c) => [c.matterId, c._count._all]));
        this.changed();
      } catch (err) {
        this.logger.warn({ err }, 'search signals refresh failed');
      } finally {
        this.signalsAt = performance.now();
        this.signalsLoading = false;
      }
    })();
  }

  /** Queues a search for the log (written within a second); returns its id for a later click. */
  log(entry: Omit<QueryLogEntry, 'id' | 'createdAt' | 'source' | 'lowConfidence'> & Partial<Pick<QueryLogEntry, 'source' | 'lowConfidence'>>): string {
    const id = randomUUID();
    this.pending.push({ source: 'search', lowConfidence: false, ...entry, id, createdAt: this.clock.now() });
    if (this.pending.length >= 200) void this.flush();
    else this.flushTimer ??= setTimeout(() => void this.flush(), LOG_FLUSH_MS).unref();
    return id;
  }

  /** Writes the queued searches now (before a click is recorded or the log is read). */
  async flush(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const batch = this.pending.splice(0);
    if (batch.length === 0) return;
    try {
      // One statement of arrays: cheaper for this process than Prisma's createMany of many rows.
      await this.prisma.$executeRaw`
        INSERT INTO search_query (id, text, result_count, top_matter_id, catalog_version, created_at, source, low_confidence)
        SELECT * FROM unnest(
          ${batch.map((b) => b.id)}::uuid[], ${batch.map((b) => b.text)}::text[], ${batch.map((b) => b.resultCount)}::int[],
          ${batch.map((b) => b.topMatterId)}::uuid[], ${batch.map((b) => b.catalogVersion)}::int[],
          ${batch.map((b) => b.createdAt.toISOString())}::timestamptz[], ${batch.map((b) => b.source)}::text[]::"QuerySource"[],
          ${batch.map((b) => b.lowConfidence)}::boolean[])`;
    } catch (err) {
      this.logger.warn({ err, lost: batch.length }, 'search log write failed');
    }
  }
}

const stampOf = (count: number, max: Date | null) => `${count}|${max?.toISOString() ?? ''}`;
