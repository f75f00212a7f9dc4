// The service places' contacts and the station list as the guide and the routing read them: from PostgreSQL,
// kept briefly in the instance's memory (an admin's change through this instance drops them at once).
import type { UseCaseContext } from '../platform/use-case';

type Ctx = Pick<UseCaseContext, 'db' | 'memo'>;
export const MEMO_PREFIX = 'service-places:';

export interface PlaceContacts {
  address: string | null;
  hours: string | null;
  phone: string | null;
}

export const townshipCentreOf = (ctx: Ctx, townshipCode: string) =>
  ctx.memo.brief(`${MEMO_PREFIX}centre:${townshipCode}`, () =>
    ctx.db.townshipCentre.findUnique({ where: { townshipCode }, select: { address: true, hours: true, phone: true } }),
  );

/** The station row of a village: whether it has its own station, which station serves it, and its contacts. */
export const villageStationOf = (ctx: Ctx, villageCode: string) =>
  ctx.memo.brief(`${MEMO_PREFIX}station:${villageCode}`, () =>
    ctx.db.villageStation.findUnique({
      where: { villageCode },
      select: { villageCode: true, hasStation: true, servedBy: true, seededByRule: true, address: true, hours: true, phone: true },
    }),
  );

/** The village code of the station that serves `villageCode` (null when the village is not on the list). */
export async function stationServing(ctx: Ctx, villageCode: string): Promise<string | null> {
  return (await villageStationOf(ctx, villageCode))?.servedBy ?? null;
}

/** A department's 咨询电话 per county, as county admins entered them. */
export const departmentPhones = (ctx: Ctx, departmentCode: string) =>
  ctx.memo.brief(`${MEMO_PREFIX}dept:${departmentCode}`, async () =>
    new Map(
      (await ctx.db.departmentContact.findMany({ where: { departmentCode }, select: { countyCode: true, phone: true } })).map((r) => [
        r.countyCode,
        r.phone,
      ]),
    ),
  );

export const entered = (c: PlaceContacts | null) => Boolean(c && (c.address || c.hours || c.phone));
