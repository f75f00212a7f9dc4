// Use case: published matters in use, filtered by department, level, life-event topic and online (handheld),
// a page at a time — from the instance's copy of the current version (no database round trip).
import type { UseCaseContext } from '../platform/use-case';
import type { PublishedCatalog } from './published-catalog';

export interface MatterFilter {
  department?: string;
  level?: string;
  topic?: string;
  online?: string;
  page: number;
  pageSize: number;
}

export async function listMatters(_ctx: UseCaseContext, filter: MatterFilter, published: PublishedCatalog) {
  const snapshot = await published.current();
  const level = filter.level ? Number(filter.level) : undefined;
  const online = filter.online ? filter.online === 'true' : undefined;
  const matching = snapshot.matters.filter(
    (r) =>
      r.status === 'in_use' &&
      (!filter.department || r.departmentCode === filter.department) &&
      (level === undefined || r.level === level) &&
      (!filter.topic || r.topics.includes(filter.topic)) &&
      (online === undefined || r.handheld === online),
  );
  const start = (filter.page - 1) * filter.pageSize;
  return {
    items: matching.slice(start, start + filter.pageSize).map((r) => ({
      id: r.matterId, code: r.itemCode, name: r.name,
      department: { code: r.departmentCode, name: snapshot.departments.get(r.departmentCode)?.name ?? r.departmentCode },
      type: r.type, level: r.level, handheld: r.handheld, topics: r.topics,
      promiseDays: r.content.promiseLimit.value,
      promiseUnit: r.content.promiseLimit.unit,
    })),
    total: matching.length,
    page: filter.page,
    pageSize: filter.pageSize,
    version: snapshot.version,
  };
}
