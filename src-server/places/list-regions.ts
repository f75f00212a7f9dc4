// Use case: the divisions directly under a region (the city itself when no parent is given), and one region with
// its path — from the instance's memory (places/regions-memory.ts).
import type { UseCaseContext } from '../platform/use-case';
import type { Region, RegionDetail } from '../../src-shared/contracts/places';
import { Errors } from '../platform/errors';
import type { RegionsMemory } from './regions-memory';

const unknownRegion = () => Errors.notFound('没有找到这个地区，请重新选择');
const regionFields = { code: true, name: true, level: true } as const;

const plain = ({ code, name, level }: Region): Region => ({ code, name, level });

export async function listRegions(_ctx: UseCaseContext, { parent }: { parent?: string }, regions: RegionsMemory): Promise<Region[]> {
  const table = await regions.current();
  if (parent === undefined) return table.cities.map(plain);
  if (!table.byCode.has(parent)) throw unknownRegion();
  return (table.children.get(parent) ?? []).map(plain);
}

export async function getRegion(_ctx: UseCaseContext, { code }: { code: string }, regions: RegionsMemory): Promise<RegionDetail> {
  const table = await regions.current();
  const region = table.byCode.get(code);
  if (!region) throw unknownRegion();
  const path = [4, 6, 9, 12]
    .filter((n) => n <= code.length)
    .map((n) => table.byCode.get(code.slice(0, n)))
    .filter((r): r is NonNullable<typeof r> => Boolean(r))
    .map(plain);
  return { ...plain(region), parentCode: region.parentCode, path, childCount: table.children.get(code)?.length ?? 0 };
}

/** The city down to the region itself. Ancestor codes are prefixes of the code: 4 → 6 → 9 → 12 digits. */
export async function regionPath({ db }: Pick<UseCaseContext, 'db'>, code: string): Promise<Region[]> {
  const prefixes = [4, 6, 9, 12].filter((n) => n <= code.length).map((n) => code.slice(0, n));
  const ancestors = await db.region.findMany({ where: { code: { in: prefixes } }, select: regionFields });
  return prefixes.map((p) => ancestors.find((a) => a.code === p)).filter((r): r is Region => Boolean(r));
}
