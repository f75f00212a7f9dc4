// The current published catalog version, kept in memory by each instance. A published version never changes, so
// public reads (lists, guides, departments, search) need no database round trip; each instance asks PostgreSQL
// for the newest version number at most once a second and loads a new version in the background, serving the
// old one until the new one is ready. No instance needs another's memory.
import type { PrismaClient } from '../generated/prisma/client';
import type { MatterSource } from '../../src-shared/contracts/catalog-source';
import type { Guide } from '../../src-shared/contracts/catalog';
import type { Logger } from '../platform/logger';
import { Errors } from '../platform/errors';
import { readCounties, type CountiesFile } from './catalog-files';
import { presentGuide } from './present-guide';

export interface SnapshotMatter {
  matterId: string;
  itemCode: string;
  departmentCode: string;
  name: string;
  level: number;
  type: string;
  handheld: boolean;
  topics: string[];
  status: 'in_use' | 'paused' | 'cancelled';
  content: MatterSource;
}

export interface SnapshotDepartment {
  code: string;
  name: string;
  shortName: string;
  window: string;
  bodyName: string;
}

export interface CatalogSnapshot {
  version: number;
  publishedAt: Date;
  /** Every matter of the version, in the order lists show them (department, item code). */
  matters: SnapshotMatter[];
  byId: Map<string, SnapshotMatter>;
  departments: Map<string, SnapshotDepartment>;
  /** Guides already presented, by matter and county (the same answer every time for this version). */
  guides: Map<string, Guide>;
}

/** How often an instance asks PostgreSQL whether a newer version was published. */
export const VERSION_CHECK_MS = 1000;

export class PublishedCatalog {
  private snapshot: CatalogSnapshot | undefined;
  private checkedAt = -Infinity;
  private checking: Promise<void> | undefined;
  private readonly listeners: ((s: CatalogSnapshot) => void)[] = [];
  private counties: CountiesFile | undefined;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly logger: Logger,
    private readonly checkEveryMs = VERSION_CHECK_MS,
  ) {}

  /**
   * The current version. The first call waits for it to load; later calls answer at once from memory and,
   * when the last check is older than a second, start one in the background (freshness is measured on the
   * process's monotonic timer, not the domain clock, which tests may hold still).
   */
  async current(): Promise<CatalogSnapshot> {
    const due = performance.now() - this.checkedAt >= this.checkEveryMs;
    if (due && !this.checking) {
      this.checking = this.check().finally(() => {
        this.checking = undefined;
      });
    }
    if (!this.snapshot) {
      await this.checking;
      if (!this.snapshot) throw Errors.unavailable('事项目录尚未发布，请稍后再试');
    }
    return this.snapshot;
  }

  /** Checks for a newer version now and waits for it (the instance that just published serves it at once). */
  async refresh(): Promise<void> {
    await this.checking;
    this.checking = this.check().finally(() => {
      this.checking = undefined;
    });
    await this.checking;
  }

  /** Calls `listener` with each version this instance loads (the search index follows it). */
  onVersion(listener: (s: CatalogSnapshot) => void) {
    this.listeners.push(listener);
    if (this.snapshot) listener(this.snapshot);
  }

  private async check(): Promise<void> {
    try {
      const last = await this.prisma.catalogVersion.findFirst({ orderBy: { version: 'desc' }, select: { version: true, publishedAt: true } });
      this.checkedAt = performance.now();
      if (!last || last.version === this.snapshot?.version) return;
      const snapshot = await this.load(last.version, last.publishedAt);
      if (!this.snapshot || snapshot.version > this.snapshot.version) {
        this.snapshot = snapshot;
        this.logger.info({ version: snapshot.version, matters: snapshot.matters.length }, 'catalog version loaded');
        for (const l of this.listeners) l(snapshot);
      }
    } catch (err) {
      // The old version stays served; the next request tries again.
      this.checkedAt = performance.now();
      this.logger.warn({ err }, 'catalog version check failed');
    }
  }

  private async load(version: number, publishedAt: Date): Promise<CatalogSnapshot> {
    const [rows, departments] = await Promise.all([
      this.prisma.publishedMatter.findMany({
        where: { version },
        orderBy: [{ departmentCode: 'asc' }, { itemCode: 'asc' }],
        select: { matterId: true, itemCode: true, departmentCode: true, name: true, level: true, type: true, handheld: true, topics: true, status: true, content: true },
      }),
      this.prisma.department.findMany({ orderBy: { code: 'asc' }, select: { code: true, name: true, shortName: true, window: true, bodyName: true } }),
    ]);
    const matters = rows.map((r) => ({ ...r, content: r.content as unknown as MatterSource }));
    return {
      version,
      publishedAt,
      matters,
      byId: new Map(matters.map((m) => [m.matterId, m])),
      departments: new Map(departments.map((d) => [d.code, d])),
      guides: new Map(),
    };
  }

  /** The guide of a matter in the snapshot, presented once per county and kept. */
  guide(snapshot: CatalogSnapshot, matterId: string, county?: string): Guide | undefined {
    const key = `${matterId}|${county ?? ''}`;
    const hit = snapshot.guides.get(key);
    if (hit) return hit;
    const row = snapshot.byId.get(matterId);
    if (!row) return undefined;
    const department = snapshot.departments.get(row.departmentCode);
    if (!department) return undefined;
    this.counties ??= readCounties();
    const guide = presentGuide({ ...row, version: snapshot.version }, department, this.counties, county);
    snapshot.guides.set(key, guide);
    return guide;
  }
}
