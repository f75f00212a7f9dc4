// The version residents read: the newest published one (a re-publication of an older version is itself a
// new version, so "newest" is always right).
import type { PrismaClient } from '../generated/prisma/client';
import { Errors } from '../platform/errors';

export async function currentVersion(prisma: PrismaClient): Promise<number> {
  const last = await prisma.catalogVersion.findFirst({ orderBy: { version: 'desc' }, select: { version: true } });
  if (!last) throw Errors.unavailable('事项目录尚未发布，请稍后再试');
  return last.version;
}
