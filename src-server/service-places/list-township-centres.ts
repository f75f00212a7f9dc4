// Use case: the township centres of a county with their contacts and station counts (county admin: own county;
// city admin: the county asked for).
import type { UseCaseContext } from '../platform/use-case';
import { regionTable } from '../places/regions-memory';
import { countyToRead } from './county-scope';
import { presentCentre } from './present-places';

export async function listTownshipCentres(ctx: UseCaseContext, q: { county?: string }) {
  const county = countyToRead(ctx, q.county);
  const [table, rows, stations] = await Promise.all([
    regionTable(ctx),
    ctx.db.townshipCentre.findMany({ where: { countyCode: county }, orderBy: { townshipCode: 'asc' } }),
    ctx.db.villageStation.groupBy({ by: ['townshipCode', 'hasStation'], where: { countyCode: county }, _count: { _all: true } }),
  ]);
  const count = (t: string, has?: boolean) =>
    stations.filter((s) => s.townshipCode === t && (has === undefined || s.hasStation === has)).reduce((n, s) => n + s._count._all, 0);
  return rows.map((r) => presentCentre(r, table.byCode.get(r.townshipCode)?.name ?? r.townshipCode, { villages: count(r.townshipCode), stations: count(r.townshipCode, true) }));
}
