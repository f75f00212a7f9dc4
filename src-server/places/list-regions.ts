// Use case: the divisions directly under a region (the city itself when no parent is given), and one region with
// its path — from the instance's memory (places/regions-memory.ts).
import type { UseCaseContext } from '../platform/use-case';
import type { Region, RegionDetail } from '../../src-shared/contracts/places';
import { Errors } from '../platform/errors';
import { regionPath, regionTable } from './regions-memory';

const unknownRegion = () => Errors.notFound('没有找到这个地区，请重新选择');

const plain = ({ code, name, level }: Region): Region => ({ code, name, level });

export async function listRegions(ctx: UseCaseContext, { parent }: { parent?: string }): Promise<Region[]> {
  const table = await regionTable(ctx);
  if (parent === undefined) return table.cities.map(plain);
  if (!table.byCode.has(parent)) throw unknownRegion();
  return (table.children.get(parent) ?? []).map(plain);
}

export async function getRegion(ctx: UseCaseContext, { code }: { code: string }): Promise<RegionDetail> {
  const table = await regionTable(ctx);
  const region = table.byCode.get(code);
  if (!region) throw unknownRegion();
  const path = (await regionPath(ctx, code)).map(plain);
  return { ...plain(region), parentCode: region.parentCode, path, childCount: table.children.get(code)?.length ?? 0 };
}
