// Use case: a county admin adds a delegation to the county's list (乡镇职责准入: only a county admin may push a
// duty to townships). The matter must be published and not city-level; the townships must be the county's.
import { currentVersion } from '../catalog/current-version';
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, staffOf, type UseCaseContext } from '../platform/use-case';
import { presentDelegation } from './present-delegation';
import type { CreateDelegationInput } from './schemas';

export async function createDelegation(ctx: UseCaseContext, input: CreateDelegationInput) {
  const actor = staffOf(ctx);
  if (!actor.scopes.some((s) => s.kind === 'county' && s.regionCode === input.countyCode)) {
    throw Errors.forbidden('只能维护本县（区）的权责清单');
  }
  const version = await currentVersion(ctx);
  const matter = await ctx.db.publishedMatter.findUnique({ where: { version_matterId: { version, matterId: input.matterId } } });
  if (!matter || matter.status === 'cancelled') throw Errors.invalidInput([{ field: 'matterId', message: '没有这个在用事项' }]);
  if (matter.level === 3) throw Errors.ruleViolation('city_level_matter', '市级事项不能下放至乡镇（街道）');
  if (input.townshipCodes !== 'ALL') {
    const found = await ctx.db.region.count({ where: { code: { in: input.townshipCodes }, level: 'township', parentCode: input.countyCode } });
    if (found !== new Set(input.townshipCodes).size) {
      throw Errors.invalidInput([{ field: 'townshipCodes', message: '有乡镇（街道）不属于该县（区）' }]);
    }
  }
  return inTransaction(ctx, async (tx) => {
    const delegation = await tx.db.delegation.create({
      data: {
        countyCode: input.countyCode, matterId: input.matterId,
        target: input.toVillages ? 'villages' : input.townshipCodes === 'ALL' ? 'all_townships' : 'townships',
        townshipCodes: input.townshipCodes === 'ALL' ? [] : [...new Set(input.townshipCodes)],
        powerSource: input.powerSource, documentNo: input.documentNo, effectiveFrom: new Date(input.effectiveFrom),
        takenUp: input.takenUp, createdBy: actor.username, createdAt: ctx.clock.now(),
      },
    });
    await audit(tx, { action: 'delegation.create', subjectType: 'delegation', subjectId: delegation.id, details: { matterId: input.matterId, documentNo: input.documentNo } });
    return presentDelegation(delegation, ctx.clock.today());
  });
}
