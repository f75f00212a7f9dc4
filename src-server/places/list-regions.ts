// Use case: the divisions directly under a region (the city itself when no parent is given).
import type { PrismaClient } from '../generated/prisma/client';
import type { Region, RegionDetail } from '../../src-shared/contracts/places';
import { Errors } from '../platform/errors';

const unknownRegion = () => Errors.notFound('没有找到这个地区，请重新选择');
const regionFields = { code: true, name: true, level: true } as const;

export async function listRegions(prisma: PrismaClient, parent?: string): Promise<Region[]> {
  if (parent === undefined) {
    return prisma.region.findMany({ where: { level: 'city' }, select: regionFields, orderBy: { code: 'asc' } });
  }
  const found = await prisma.region.findUnique({ where: { code: parent }, select: { code: true } });
  if (!found) throw unknownRegion();
  return prisma.region.findMany({ where: { parentCode: parent }, select: regionFields, orderBy: { code: 'asc' } });
}

export async function getRegion(prisma: PrismaClient, code: string): Promise<RegionDetail> {
  const region = await prisma.region.findUnique({
    where: { code },
    select: { ...regionFields, parentCode: true, _count: { select: { children: true } } },
  });
  if (!region) throw unknownRegion();
  const path = await regionPath(prisma, code);
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
export async function regionPath(prisma: PrismaClient, code: string): Promise<Region[]> {
  const prefixes = [4, 6, 9, 12].filter((n) => n <= code.length).map((n) => code.slice(0, n));
  const ancestors = await prisma.region.findMany({ where: { code: { in: prefixes } }, select: regionFields });
  return prefixes.map((p) => ancestors.find((a) => a.code === p)).filter((r): r is Region => Boolean(r));
}
