// Use case: the whole guide of one matter, at the published version or a given older one.
import type { PrismaClient } from '../generated/prisma/client';
import { Errors } from '../platform/errors';
import { readCounties, type CountiesFile } from './catalog-files';
import { currentVersion } from './current-version';
import { presentGuide } from './present-guide';

let counties: CountiesFile | undefined;

export async function getGuide(prisma: PrismaClient, matterId: string, options: { version?: number; county?: string }) {
  const version = options.version ?? (await currentVersion(prisma));
  const row = await prisma.publishedMatter.findUnique({ where: { version_matterId: { version, matterId } } });
  if (!row || (options.version === undefined && row.status === '取消')) {
    throw Errors.notFound(options.version ? `第 ${options.version} 版目录中没有这个事项` : '没有找到这个事项，它可能已被取消');
  }
  const department = await prisma.department.findUniqueOrThrow({ where: { code: row.departmentCode } });
  counties ??= readCounties(); // committed reference data, the same for every instance
  return presentGuide(row, department, counties, options.county);
}
