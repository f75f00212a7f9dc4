// 不予受理 (before 受理) and 不予许可 (after): both end the case and both need the reason and its legal basis,
// which the resident reads (行政许可法 第三十二条、第三十八条).
import type { UseCaseContext } from '../platform/use-case';
import { actOnCase } from '../applications/case-action';

export async function refuseCase(ctx: UseCaseContext, input: { id: string; action: 'reject' | 'deny'; reason: string; legalBasis: string; revision?: number }) {
  return actOnCase(ctx, input, async (tx) => {
    const outcome = { kind: input.action === 'reject' ? 'rejected' : 'denied', certificateNo: null, delivery: null, fileUploadId: null, reason: input.reason, legalBasis: input.legalBasis };
    return {
      data: { outcome, endedAt: tx.clock.now() },
      event: { note: `${input.action === 'reject' ? '不予受理' : '不予许可'}。理由：${input.reason}；依据：${input.legalBasis}`, details: outcome },
    };
  });
}
