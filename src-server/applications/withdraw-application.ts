// Use case: the resident withdraws an application before 受理 (after it, the window decides).
import type { UseCaseContext } from '../platform/use-case';
import { actOnCase, endOpenPause } from './case-action';

export const withdrawApplication = (ctx: UseCaseContext, input: { id: string; reason: string }) =>
  actOnCase(ctx, { id: input.id, action: 'withdraw' }, async (tx, row) => {
    await endOpenPause(tx, row.id, 'correction');
    const outcome = { kind: 'withdrawn', certificateNo: null, delivery: null, fileUploadId: null, reason: input.reason, legalBasis: null };
    return { data: { outcome, endedAt: tx.clock.now(), claimedBy: null, claimedAt: null }, event: { note: `申请人撤回申请：${input.reason}`, details: outcome } };
  });
