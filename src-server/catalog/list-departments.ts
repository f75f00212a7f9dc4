// Use case: the departments with matters in the published catalog, and how many each has.
import type { PrismaClient } from '../generated/prisma/client';
import { currentVersion } from './current-version';

export async function listDepartments(prisma: PrismaClient) {
  const version = await currentVersion(prisma);
  const [departments, counts] = await Promise.all([
    prisma.department.findMany({ orderBy: { code: 'asc' } }),
    prisma.publishedMatter.groupBy({ by: ['departmentCode'], where: { version, status: '在用' }, _count: { _all: true } }),
  ]);
  const count = new Map(counts.map((c) => [c.departmentCode, c._count._all]));
  return departments
    .filter((d) => count.has(d.code))
    .map((d) => ({ id: d.code, code: d.code, name: d.name, shortName: d.shortName, matterCount: count.get(d.code) ?? 0 }));
}
