// Use case: drafts for the catalog office, filtered by department, name or incompleteness, a page at a time.
import type { Prisma } from '../generated/prisma/client';
import type { UseCaseContext } from '../platform/use-case';
import { presentDraft } from './present-draft';

export async function listDrafts({ db }: UseCaseContext, q: { department?: string; q?: string; incomplete?: string; page: number; pageSize: number }) {
  const where: Prisma.MatterDraftWhereInput = {
    ...(q.department ? { departmentCode: q.department } : {}),
    ...(q.q ? { name: { contains: q.q } } : {}),
    ...(q.incomplete === 'true' ? { NOT: { missing: { isEmpty: true } } } : {}),
  };
  const [total, rows, departments] = await Promise.all([
    db.matterDraft.count({ where }),
    db.matterDraft.findMany({ where, orderBy: [{ departmentCode: 'asc' }, { itemCode: 'asc' }], skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
    db.department.findMany({ select: { code: true, name: true } }),
  ]);
  const names = new Map(departments.map((d) => [d.code, d.name]));
  return {
    items: rows.map((d) => ({ ...presentDraft(d), departmentName: names.get(d.departmentCode) ?? d.departmentCode, content: undefined })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
