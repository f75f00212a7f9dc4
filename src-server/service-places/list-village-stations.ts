// Use case: the station list of one township: every village or community, whether it has its own station and
// which station serves it.
import { Errors } from '../platform/errors';
import type { UseCaseContext } from '../platform/use-case';
import { regionTable } from '../places/regions-memory';
import { countyToRead } from './county-scope';
import { presentStation } from './present-places';

export async function listVillageStations(ctx: UseCaseContext, { code }: { code: string }) {
  countyToRead(ctx, code.slice(0, 6));
  const table = await regionTable(ctx);
  if (table.byCode.get(code)?.level !== 'township') throw Errors.notFound('没有找到这个乡镇（街道）');
  const rows = await ctx.db.villageStation.findMany({ where: { townshipCode: code }, orderBy: { villageCode: 'asc' } });
  const names = new Map([...rows.map((r) => r.villageCode)].map((c) => [c, table.byCode.get(c)?.name ?? c]));
  return rows.map((r) => presentStation(r, names));
}
