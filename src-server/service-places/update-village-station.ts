// Use case: a county admin says whether a village has its own station (with its contacts), or which station of
// the same township serves it. A station that still serves other villages cannot be closed until they have
// another. The row is no longer seeded by rule once an admin sets it.
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, type UseCaseContext } from '../platform/use-case';
import { regionTable } from '../places/regions-memory';
import type { VillageStationUpdate } from '../../src-shared/contracts/service-places';
import { assertCountyAdminOf } from './county-scope';
import { MEMO_PREFIX } from './contacts-memory';
import { presentStation } from './present-places';

export async function updateVillageStation(ctx: UseCaseContext, input: { code: string } & VillageStationUpdate) {
  const { code, hasStation, servedBy, ...contacts } = input;
  const before = await ctx.db.villageStation.findUnique({ where: { villageCode: code } });
  if (!before) throw Errors.notFound('没有找到这个村（社区）');
  const actor = assertCountyAdminOf(ctx, before.countyCode);
  let target = code;
  if (!hasStation) {
    if (!servedBy || servedBy === code) throw Errors.invalidInput([{ field: 'servedBy', message: '请选择为本村（社区）服务的便民服务站' }]);
    const station = await ctx.db.villageStation.findUnique({ where: { villageCode: servedBy } });
    if (!station || station.townshipCode !== before.townshipCode || !station.hasStation) {
      throw Errors.invalidInput([{ field: 'servedBy', message: '服务站应为同一乡镇（街道）内设有便民服务站的村（社区）' }]);
    }
    target = servedBy;
    const dependants = await ctx.db.villageStation.count({ where: { servedBy: code, villageCode: { not: code } } });
    if (dependants > 0) {
      throw Errors.ruleViolation('station_serves_others', `本站还为 ${dependants} 个村（社区）服务，请先为它们改选服务站`);
    }
  }
  const table = await regionTable(ctx);
  const result = await inTransaction(ctx, async (tx) => {
    const row = await tx.db.villageStation.update({
      where: { villageCode: code },
      data: {
        hasStation, servedBy: target, seededByRule: false, updatedBy: actor.username, updatedAt: ctx.clock.now(),
        // A village without its own station keeps no contacts of its own.
        ...(hasStation ? contacts : { address: null, hours: null, phone: null }),
      },
    });
    await audit(tx, {
      action: 'service_places.station_update', subjectType: 'village_station', subjectId: code,
      details: {
        before: { hasStation: before.hasStation, servedBy: before.servedBy, seededByRule: before.seededByRule, address: before.address, hours: before.hours, phone: before.phone },
        after: { hasStation, servedBy: target, ...contacts },
      },
    });
    return row;
  });
  ctx.memo.forget(MEMO_PREFIX);
  const names = new Map([code, target].map((c) => [c, table.byCode.get(c)?.name ?? c]));
  return presentStation(result, names);
}
