// Use case: 办结 with its result. A matter whose result is a licence or certificate (证照) needs its number.
import type { z } from 'zod';
import type { FinishResultSchema } from '../../src-shared/contracts/applications';
import { publishedMatter } from '../catalog/published-matters';
import { Errors } from '../platform/errors';
import type { UseCaseContext } from '../platform/use-case';
import { actOnCase } from '../applications/case-action';

export async function finishCase(ctx: UseCaseContext, input: { id: string; result: z.infer<typeof FinishResultSchema>; note?: string; revision?: number }) {
  return actOnCase(ctx, { ...input, action: 'finish' }, async (tx, row) => {
    const matter = (await publishedMatter(tx, row.catalogVersion, row.matterId))!.content;
    const { certificateNo, delivery, fileUploadId } = input.result;
    if (matter.result.type === '证照' && !certificateNo) {
      throw Errors.invalidInput([{ field: 'result.certificateNo', message: `请填写${matter.result.name}的证照编号` }]);
    }
    if (fileUploadId) {
      const file = await tx.db.upload.findFirst({ where: { id: fileUploadId, ownerKind: 'staff', ownerId: row.claimedBy! } });
      if (!file) throw Errors.invalidInput([{ field: 'result.fileUploadId', message: '结果文件找不到，请重新上传' }]);
    }
    const outcome = { kind: 'finished', certificateNo: certificateNo ?? null, delivery, fileUploadId: fileUploadId ?? null, reason: null, legalBasis: null };
    return {
      data: { outcome, endedAt: tx.clock.now() },
      event: {
        note: `已办结：${matter.result.name}${certificateNo ? `，编号 ${certificateNo}` : ''}，${delivery}${input.note ? `。${input.note}` : ''}`,
        details: outcome,
      },
    };
  });
}
