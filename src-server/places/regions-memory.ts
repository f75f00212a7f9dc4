// The administrative divisions in each instance's memory (platform/read-cache). They change only with the
// committed divisions file, which the start-up seed loads before the instance serves; so they are read from
// PostgreSQL once, on the first request that needs them (not while the table is still empty), and answered from
// memory after that — the region lists, a region's path, and the routing's place of a case.
import type { UseCaseContext } from '../platform/use-case';
import type { Region } from '../../src-shared/contracts/places';

export interface RegionRow extends Region {
  parentCode: string | null;
}

export interface RegionTable {
  byCode: Map<string, RegionRow>;
  children: Map<string, RegionRow[]>;
  cities: RegionRow[];
}

const EMPTY: RegionTable = { byCode: new Map(), children: new Map(), cities: [] };

type Ctx = Pick<UseCaseContext, 'db' | 'memo'>;

export async function regionTable(ctx: Ctx): Promise<RegionTable> {
  const table = await ctx.memo.forever('region-table', async () => {
    const rows = await ctx.db.region.findMany({ select: { code: true, name: true, level: true, parentCode: true }, orderBy: { code: 'asc' } });
    if (rows.length === 0) return null; // not seeded yet: ask again next time
    const children = new Map<string, RegionRow[]>();
    for (const r of rows) if (r.parentCode) children.set(r.parentCode, [...(children.get(r.parentCode) ?? []), r]);
    return { byCode: new Map(rows.map((r) => [r.code, r])), children, cities: rows.filter((r) => r.level === 'city') };
  });
  return table ?? EMPTY;
}

/** One division by its code. */
export async function regionOf(ctx: Ctx, code: string): Promise<RegionRow | null> {
  return (await regionTable(ctx)).byCode.get(code) ?? null;
}

/** The city down to the region itself. Ancestor codes are prefixes of the code: 4 → 6 → 9 → 12 digits. */
export async function regionPath(ctx: Ctx, code: string): Promise<RegionRow[]> {
  const table = await regionTable(ctx);
  return [4, 6, 9, 12]
    .filter((n) => n <= code.length)
    .map((n) => table.byCode.get(code.slice(0, n)))
    .filter((r): r is RegionRow => Boolean(r));
}
