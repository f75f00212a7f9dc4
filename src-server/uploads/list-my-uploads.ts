// 我的材料: a resident's uploads, newest first, each with the cases it was given for, so that the apply wizard
// can offer a file again instead of asking for a new photo.
import type { z } from 'zod';
import type { MyMaterialPageSchema } from '../../src-shared/contracts/applications';
import { residentOf, type UseCaseContext } from '../platform/use-case';
import { presentUpload } from './present-upload';

export async function listMyUploads(ctx: UseCaseContext, q: { page: number; pageSize: number }): Promise<z.infer<typeof MyMaterialPageSchema>> {
  const me = residentOf(ctx);
  const where = { ownerKind: 'resident', ownerId: me.residentId };
  const [rows, total] = await Promise.all([
    ctx.db.upload.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
    ctx.db.upload.count({ where }),
  ]);
  // Only the resident's own cases: a file never names someone else's case.
  const uses = rows.length
    ? await ctx.db.applicationMaterial.findMany({
        where: { uploadId: { in: rows.map((r) => r.id) }, application: { ownerResidentId: me.residentId } },
        orderBy: { createdAt: 'desc' },
        select: { uploadId: true, materialName: true, application: { select: { matterName: true, receiptNo: true } } },
      })
    : [];
  const usedFor = new Map<string, { materialName: string; matterName: string; receiptNo: string }[]>();
  for (const use of uses) {
    const list = usedFor.get(use.uploadId) ?? [];
    // A file given again in a later round of the same case is one use.
    if (!list.some((u) => u.receiptNo === use.application.receiptNo && u.materialName === use.materialName)) {
      list.push({ materialName: use.materialName, ...use.application });
    }
    usedFor.set(use.uploadId, list);
  }
  return { items: rows.map((r) => ({ ...presentUpload(r), usedFor: usedFor.get(r.id) ?? [] })), total, page: q.page, pageSize: q.pageSize };
}
