// Use case: the departments with matters in the published catalog, and how many each has.
import type { UseCaseContext } from '../platform/use-case';
import { currentVersion } from './current-version';

export async function listDepartments(ctx: UseCaseContext) {
  const version = await currentVersion(ctx);
  const [departments, counts] = await Promise.all([
    ctx.db.department.findMany({ orderBy: { code: 'asc' } }),
    ctx.db.publishedMatter.groupBy({ by: ['departmentCode'], where: { version, status: 'in_use' }, _count: { _all: true } }),
  ]);
  const count = new Map(counts.map((c) => [c.departmentCode, c._count._all]));
  return departments
    .filter((d) => count.has(d.code))
    .map((d) => ({ id: d.code, code: d.code, name: d.name, shortName: d.shortName, matterCount: count.get(d.code) ?? 0 }));
}
