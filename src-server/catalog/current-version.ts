// The version residents read: the newest published one (a re-publication of an older version is itself a
// new version, so "newest" is always right).
import type { UseCaseContext } from '../platform/use-case';
import { Errors } from '../platform/errors';

// Asked on every guide read and submission, it is remembered briefly (platform/read-cache): a publish through this
// instance is seen at once, one through another instance within a second.
const KEY = 'catalog-current-version';

export async function currentVersion({ db, memo }: Pick<UseCaseContext, 'db' | 'memo'>): Promise<number> {
  const last = await memo.brief(KEY, () => db.catalogVersion.findFirst({ orderBy: { version: 'desc' }, select: { version: true } }));
  if (!last) {
    memo.forget(KEY);
    throw Errors.unavailable('事项目录尚未发布，请稍后再试');
  }
  return last.version;
}

/** After a publish (or republish) through this instance. */
export function forgetCurrentVersion(memo: UseCaseContext['memo']): void {
  memo.forget(KEY);
}
