// Use case: the catalog office adds a matter as a draft (published with the next version).
import type { Prisma } from '../generated/prisma/client';
import type { MatterSource } from '../../src-shared/contracts/catalog-source';
import { audit } from '../platform/audit';
import { onUniqueViolation } from '../platform/db/prisma-errors';
import { inTransaction, type UseCaseContext } from '../platform/use-case';
import { Errors } from '../platform/errors';
import { presentDraft, taken } from './present-draft';

export async function createDraft(ctx: UseCaseContext, { departmentCode, content }: { departmentCode: string; content: MatterSource }) {
  if (!(await ctx.db.department.findUnique({ where: { code: departmentCode } }))) {
    throw Errors.invalidInput([{ field: 'departmentCode', message: '没有这个部门' }]);
  }
  return onUniqueViolation(
    () =>
      inTransaction(ctx, async (tx) => {
        const draft = await tx.db.matterDraft.create({
          data: { key: content.key, itemCode: content.itemCode, departmentCode, name: content.name, content: content as unknown as Prisma.InputJsonValue, origin: 'admin' },
        });
        await audit(tx, { action: 'matter.create', subjectType: 'matter', subjectId: draft.id });
        return presentDraft(draft);
      }),
    taken,
  );
}
