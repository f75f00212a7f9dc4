// Use case: the 特别程序 ends and the finish clock runs again, its days added back to the due date.
import type { UseCaseContext } from '../platform/use-case';
import { actOnCase, endOpenPause } from '../applications/case-action';

export const endSpecialProcedure = (ctx: UseCaseContext, input: { id: string; note?: string; revision?: number }) =>
  actOnCase(ctx, { ...input, action: 'special_end' }, async (tx, row) => {
    await endOpenPause(tx, row.id, 'special');
    return { event: { note: `特别程序结束，继续办理${input.note ? `。${input.note}` : ''}` } };
  });
