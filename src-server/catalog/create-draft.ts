// Use case: the catalog office adds a matter as a draft (published with the next version).
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { MatterSource } from '../../src-shared/contracts/catalog-source';
import { audit, type ActorRef } from '../platform/audit';
import { Errors } from '../platform/errors';
import { presentDraft, taken } from './present-draft';

export async function createDraft(prisma: PrismaClient, who: ActorRef, departmentCode: string, content: MatterSource, requestId?: string) {
  if (!(await prisma.department.findUnique({ where: { code: departmentCode } }))) {
    throw Errors.invalidInput([{ field: 'departmentCode', message: '没有这个部门' }]);
  }
  try {
    return await prisma.$transaction(async (tx) => {
      const draft = await tx.matterDraft.create({
        data: { key: content.key, itemCode: content.itemCode, departmentCode, name: content.name, content: content as unknown as Prisma.InputJsonValue, origin: 'admin' },
      });
      await audit(tx, who, { action: 'matter.create', subjectType: 'matter', subjectId: draft.id }, requestId);
      return presentDraft(draft);
    });
  } catch (err) {
    if ((err as { code?: string }).code === 'P2002') throw taken();
    throw err;
  }
}
