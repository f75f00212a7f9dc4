// Use case: published matters in use, filtered by department, level, life-event topic and online (handheld),
// a page at a time.
import type { Prisma } from '../generated/prisma/client';
import type { UseCaseContext } from '../platform/use-case';
import type { MatterSource } from '../../src-shared/contracts/catalog-source';
import { currentVersion } from './current-version';

export interface MatterFilter {
  department?: string;
  level?: string;
  topic?: string;
  online?: string;
  page: number;
  pageSize: number;
}

export async function listMatters(ctx: UseCaseContext, filter: MatterFilter) {
  const version = await currentVersion(ctx);
  const where: Prisma.PublishedMatterWhereInput = {
    version,
    status: 'in_use',
    ...(filter.department ? { departmentCode: filter.department } : {}),
    ...(filter.level ? { level: Number(filter.level) } : {}),
    ...(filter.topic ? { topics: { has: filter.topic } } : {}),
    ...(filter.online ? { handheld: filter.online === 'true' } : {}),
  };
  const [total, rows, departments] = await Promise.all([
    ctx.db.publishedMatter.count({ where }),
    ctx.db.publishedMatter.findMany({
      where,
      orderBy: [{ departmentCode: 'asc' }, { itemCode: 'asc' }],
      skip: (filter.page - 1) * filter.pageSize,
      take: filter.pageSize,
    }),
    ctx.db.department.findMany({ select: { code: true, name: true } }),
  ]);
  const deptName = new Map(departments.map((d) => [d.code, d.name]));
  return {
    items: rows.map((r) => ({
      id: r.matterId, code: r.itemCode, name: r.name,
      department: { code: r.departmentCode, name: deptName.get(r.departmentCode) ?? r.departmentCode },
      type: r.type, level: r.level, handheld: r.handheld, topics: r.topics,
      promiseDays: (r.content as MatterSource).promiseLimit.value,
      promiseUnit: (r.content as MatterSource).promiseLimit.unit,
    })),
    total,
    page: filter.page,
    pageSize: filter.pageSize,
    version,
  };
}
