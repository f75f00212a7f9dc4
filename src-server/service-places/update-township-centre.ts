// Use case: a county admin enters or corrects a township centre's address, hours and phone (null: 暂未登记).
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, type UseCaseContext } from '../platform/use-case';
import { regionTable } from '../places/regions-memory';
import type { TownshipCentreUpdate } from '../../src-shared/contracts/service-places';
import { assertCountyAdminOf } from './county-scope';
import { MEMO_PREFIX } from './contacts-memory';
import { presentCentre } from './present-places';

export async function updateTownshipCentre(ctx: UseCaseContext, input: { code: string } & TownshipCentreUpdate) {
  const { code, ...contacts } = input;
  const before = await ctx.db.townshipCentre.findUnique({ where: { townshipCode: code } });
  if (!before) throw Errors.notFound('没有找到这个乡镇（街道）');
  const actor = assertCountyAdminOf(ctx, before.countyCode);
  const table = await regionTable(ctx);
  const result = await inTransaction(ctx, async (tx) => {
    const row = await tx.db.townshipCentre.update({
      where: { townshipCode: code },
      data: { ...contacts, updatedBy: actor.username, updatedAt: ctx.clock.now() },
    });
    await audit(tx, {
      action: 'service_places.centre_update', subjectType: 'township_centre', subjectId: code,
      details: { before: { address: before.address, hours: before.hours, phone: before.phone }, after: contacts },
    });
    const [villages, stations] = await Promise.all([
      tx.db.villageStation.count({ where: { townshipCode: code } }),
      tx.db.villageStation.count({ where: { townshipCode: code, hasStation: true } }),
    ]);
    return presentCentre(row, table.byCode.get(code)?.name ?? code, { villages, stations });
  });
  ctx.memo.forget(MEMO_PREFIX);
  return result;
}
