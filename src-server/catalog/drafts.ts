// Use cases for the catalog office (city admins) on drafts: list, read, create, replace, cancel. Published
// versions are never touched here; publishing copies drafts into a new version.
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { MatterSource } from '../../src-shared/contracts/catalog-source';
import { audit } from '../platform/audit';
import { AppError, Errors } from '../platform/errors';

type Who = { actorKind: string; actorId: string | null };

const presentDraft = (d: { id: string; key: string; itemCode: string; departmentCode: string; name: string; status: string; content: unknown; missing: string[]; origin: string; updatedAt: Date }) => ({
  id: d.id, key: d.key, code: d.itemCode, departmentCode: d.departmentCode, name: d.name, status: d.status,
  missing: d.missing, origin: d.origin, updatedAt: d.updatedAt.toISOString(), content: d.content,
});

export async function listDrafts(prisma: PrismaClient, q: { department?: string; q?: string; incomplete?: string; page: number; pageSize: number }) {
  const where: Prisma.MatterDraftWhereInput = {
    ...(q.department ? { departmentCode: q.department } : {}),
    ...(q.q ? { name: { contains: q.q } } : {}),
    ...(q.incomplete === 'true' ? { NOT: { missing: { isEmpty: true } } } : {}),
  };
  const [total, rows, departments] = await Promise.all([
    prisma.matterDraft.count({ where }),
    prisma.matterDraft.findMany({ where, orderBy: [{ departmentCode: 'asc' }, { itemCode: 'asc' }], skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
    prisma.department.findMany({ select: { code: true, name: true } }),
  ]);
  const names = new Map(departments.map((d) => [d.code, d.name]));
  return {
    items: rows.map((d) => ({ ...presentDraft(d), departmentName: names.get(d.departmentCode) ?? d.departmentCode, content: undefined })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function getDraft(prisma: PrismaClient, id: string) {
  const draft = await prisma.matterDraft.findUnique({ where: { id } });
  if (!draft) throw Errors.notFound('没有找到这个事项草稿');
  return presentDraft(draft);
}

const taken = () => new AppError(409, 'matter_code_taken', '业务办理项编码或标识已被其他事项使用');

export async function createDraft(prisma: PrismaClient, who: Who, departmentCode: string, content: MatterSource, requestId?: string) {
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

export async function replaceDraft(prisma: PrismaClient, who: Who, id: string, content: MatterSource, status: string | undefined, requestId?: string) {
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await tx.matterDraft.findUnique({ where: { id } });
      if (!before) throw Errors.notFound('没有找到这个事项草稿');
      const changed = Object.keys(content).filter(
        (k) => JSON.stringify((before.content as Record<string, unknown>)[k]) !== JSON.stringify((content as Record<string, unknown>)[k]),
      );
      const draft = await tx.matterDraft.update({
        where: { id },
        data: { key: content.key, itemCode: content.itemCode, name: content.name, content: content as unknown as Prisma.InputJsonValue, missing: [], ...(status ? { status } : {}) },
      });
      await audit(tx, who, { action: 'matter.update', subjectType: 'matter', subjectId: id, details: { changed, status: status ?? null } }, requestId);
      return presentDraft(draft);
    });
  } catch (err) {
    if ((err as { code?: string }).code === 'P2002') throw taken();
    throw err;
  }
}

/** A matter that was never published is deleted; a published one is marked 取消 (its history stays). */
export async function cancelDraft(prisma: PrismaClient, who: Who, id: string, requestId?: string) {
  await prisma.$transaction(async (tx) => {
    const draft = await tx.matterDraft.findUnique({ where: { id } });
    if (!draft) throw Errors.notFound('没有找到这个事项草稿');
    const published = await tx.publishedMatter.count({ where: { matterId: id } });
    if (published === 0) await tx.matterDraft.delete({ where: { id } });
    else await tx.matterDraft.update({ where: { id }, data: { status: '取消' } });
    await audit(tx, who, { action: published === 0 ? 'matter.delete' : 'matter.cancel', subjectType: 'matter', subjectId: id }, requestId);
  });
}
