// Use case: a 特别程序 (现场核查, 检验检测, 鉴定, 听证, 公示) starts; its time is not counted in the promised
// limit (行政许可法 第四十五条), so the finish clock stops until it ends.
import { specialProcedures, type SpecialProcedure } from '../../src-shared/applications/state-machine';
import type { UseCaseContext } from '../platform/use-case';
import { actOnCase, todayDate } from '../applications/case-action';

export async function startSpecialProcedure(ctx: UseCaseContext, input: { id: string; procedure: SpecialProcedure; expectedDays: number; note?: string; revision?: number }) {
  return actOnCase(ctx, { ...input, action: 'special_start' }, async (tx, row) => {
    await tx.db.applicationPause.create({
      data: { applicationId: row.id, kind: 'special', procedure: input.procedure, expectedDays: input.expectedDays, startDate: todayDate(tx) },
    });
    return {
      event: {
        note: `启动特别程序：${specialProcedures[input.procedure]}，预计 ${input.expectedDays} 个工作日，所需时间不计入办理时限${input.note ? `。${input.note}` : ''}`,
        details: { procedure: input.procedure, expectedDays: input.expectedDays },
      },
    };
  });
}
