// Use case: the whole guide of one matter, at the published version or a given older one.
import type { UseCaseContext } from '../platform/use-case';
import { Errors } from '../platform/errors';
import { readCounties, type CountiesFile } from './catalog-files';
import { currentVersion } from './current-version';
import { presentGuide } from './present-guide';

let counties: CountiesFile | undefined;

export async function getGuide(ctx: UseCaseContext, { matterId, ...options }: { matterId: string; version?: number; county?: string }) {
  const version = options.version ?? (await currentVersion(ctx));
  const row = await ctx.db.publishedMatter.findUnique({ where: { version_matterId: { version, matterId } } });
  if (!row || (options.version === undefined && row.status === 'cancelled')) {
    throw Errors.notFound(options.version ? `第 ${options.version} 版目录中没有这个事项` : '没有找到这个事项，它可能已被取消');
  }
  const department = await ctx.db.department.findUniqueOrThrow({ where: { code: row.departmentCode } });
  counties ??= readCounties(); // committed reference data, the same for every instance
  return presentGuide(row, department, counties, options.county);
}
