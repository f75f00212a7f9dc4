// Use case: the divisions directly under a region (the city itself when no parent is given).
import type { UseCaseContext } from '../platform/use-case';
import type { Region, RegionDetail } from '../../src-shared/contracts/places';
import { Errors } from '../platform/errors';

const unknownRegion = () => Errors.notFound('没有找到这个地区，请重新选择');
const regionFields = { code: true, name: true, level: true } as const;

export async function listRegions({ db }: UseCaseContext, { parent }: { parent?: string }): Promise<Region[]> {
  if (parent === undefined) {
    return db.region.findMany({ where: { level: 'city' }, select: regionFields, orderBy: { code: 'asc' } });
  }
  const found = await db.region.findUnique({ where: { code: parent }, select: { code: true } });
  if (!found) throw unknownRegion();
  return db.region.findMany({ where: { parentCode: parent }, select: regionFields, orderBy: { code: 'asc' } });
}

export async function getRegion(ctx: UseCaseContext, { code }: { code: string }): Promise<RegionDetail> {
  const db = ctx.db;
  const region = await db.region.findUnique({
    where: { code },
    select: { ...regionFields, parentCode: true, _count: { select: { children: true } } },
  });
  if (!region) throw unknownRegion();
  const path = await regionPath(ctx, code);
  return {
    code: region.code,
    name: region.name,
    level: region.level,
    parentCode: region.parentCode,
    path,
    childCount: region._count.children,
  };
}

/** The city down to the region itself. Ancestor codes are prefixes of the code: 4 → 6 → 9 → 12 digits. */
export async function regionPath({ db }: Pick<UseCaseContext, 'db'>, code: string): Promise<Region[]> {
  const prefixes = [4, 6, 9, 12].filter((n) => n <= code.length).map((n) => code.slice(0, n));
  const ancestors = await db.region.findMany({ where: { code: { in: prefixes } }, select: regionFields });
  return prefixes.map((p) => ancestors.find((a) => a.code === p)).filter((r): r is Region => Boolean(r));
}
