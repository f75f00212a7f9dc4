// Use case: 退回认领 — the clerk gives a claimed case back to the queue for a colleague.
import type { UseCaseContext } from '../platform/use-case';
import { actOnCase } from '../applications/case-action';

export const releaseCase = (ctx: UseCaseContext, input: { id: string; note?: string; revision?: number }) =>
  actOnCase(ctx, { ...input, action: 'release' }, async () => ({
    data: { claimedBy: null, claimedAt: null },
    event: { note: null, internalNote: input.note ?? '退回认领' },
  }));
