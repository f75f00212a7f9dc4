// The version residents read: the newest published one (a re-publication of an older version is itself a
// new version, so "newest" is always right).
import type { UseCaseContext } from '../platform/use-case';
import { Errors } from '../platform/errors';

export async function currentVersion({ db }: Pick<UseCaseContext, 'db'>): Promise<number> {
  const last = await db.catalogVersion.findFirst({ orderBy: { version: 'desc' }, select: { version: true } });
  if (!last) throw Errors.unavailable('事项目录尚未发布，请稍后再试');
  return last.version;
}
