// The administrative divisions in each instance's memory. They change only with the committed divisions file,
// which the start-up seed loads before the instance serves; so they are read from PostgreSQL once, on the first
// request that needs them (not while the table is still empty), and answered from memory after that.
import type { PrismaClient } from '../generated/prisma/client';
import type { Region } from '../../src-shared/contracts/places';

interface Row extends Region {
  parentCode: string | null;
}

export interface RegionTable {
  byCode: Map<string, Row>;
  children: Map<string, Row[]>;
  cities: Row[];
}

export class RegionsMemory {
  private table: Promise<RegionTable> | undefined;

  constructor(private readonly prisma: PrismaClient) {}

  async current(): Promise<RegionTable> {
    this.table ??= this.load().then((t) => {
      if (t.byCode.size === 0) this.table = undefined; // not seeded yet: ask again next time
      return t;
    }, (err) => {
      this.table = undefined;
      throw err;
    });
    return this.table;
  }

  private async load(): Promise<RegionTable> {
    const rows = await this.prisma.region.findMany({ select: { code: true, name: true, level: true, parentCode: true }, orderBy: { code: 'asc' } });
    const children = new Map<string, Row[]>();
    for (const r of rows) if (r.parentCode) children.set(r.parentCode, [...(children.get(r.parentCode) ?? []), r]);
    return { byCode: new Map(rows.map((r) => [r.code, r])), children, cities: rows.filter((r) => r.level === 'city') };
  }
}
