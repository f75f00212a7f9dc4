// Use case: the departments with matters in the published catalog, and how many each has (from memory).
import type { UseCaseContext } from '../platform/use-case';
import type { PublishedCatalog } from './published-catalog';

export async function listDepartments(_ctx: UseCaseContext, published: PublishedCatalog) {
  const snapshot = await published.current();
  const count = new Map<string, number>();
  for (const m of snapshot.matters) if (m.status === 'in_use') count.set(m.departmentCode, (count.get(m.departmentCode) ?? 0) + 1);
  return [...snapshot.departments.values()]
    .filter((d) => count.has(d.code))
    .map((d) => ({ id: d.code, code: d.code, name: d.name, shortName: d.shortName, matterCount: count.get(d.code) ?? 0 }));
}
