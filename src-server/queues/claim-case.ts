// Use case: 认领 a given case. A case another clerk holds is refused (a conflict); claiming one's own is harmless.
import { Errors } from '../platform/errors';
import type { UseCaseContext } from '../platform/use-case';
import { actOnCase } from '../applications/case-action';

export const claimCase = (ctx: UseCaseContext, input: { id: string }) =>
  actOnCase(ctx, { ...input, action: 'claim' }, async (tx, row, viewer) => {
    if (row.claimedBy && viewer.kind === 'staff' && row.claimedBy !== viewer.staffId) {
      throw Errors.conflict('claimed_by_other', '该办件已由其他工作人员认领');
    }
    return { data: { claimedBy: viewer.kind === 'staff' ? viewer.staffId : null, claimedAt: tx.clock.now() }, event: { note: null } };
  });
