// Use case: the whole guide of one matter, at the published version (from the instance's memory) or a given
// older one (from the database).
import type { UseCaseContext } from '../platform/use-case';
import { Errors } from '../platform/errors';
import { readCounties, type CountiesFile } from './catalog-files';
import { presentGuide } from './present-guide';
import type { PublishedCatalog } from './published-catalog';

let counties: CountiesFile | undefined;

export async function getGuide(
  ctx: UseCaseContext,
  { matterId, ...options }: { matterId: string; version?: number; county?: string },
  published: PublishedCatalog,
) {
  const snapshot = await published.current();
  if (options.version === undefined || options.version === snapshot.version) {
    const guide = published.guide(snapshot, matterId, options.county);
    if (guide && (options.version !== undefined || guide.status !== '取消')) return guide;
    if (options.version === undefined) throw Errors.notFound('没有找到这个事项，它可能已被取消');
  }
  const version = options.version as number;
  const row = await ctx.db.publishedMatter.findUnique({ where: { version_matterId: { version, matterId } } });
  if (!row) throw Errors.notFound(`第 ${version} 版目录中没有这个事项`);
  const department = await ctx.db.department.findUniqueOrThrow({ where: { code: row.departmentCode } });
  counties ??= readCounties(); // committed reference data, the same for every instance
  return presentGuide(row, department, counties, options.county);
}
