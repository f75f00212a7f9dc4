// Use case: the published catalog versions, newest first, each with its publisher's name.
import type { UseCaseContext } from '../platform/use-case';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function listVersions(ctx: UseCaseContext) {
  const versions = await ctx.db.catalogVersion.findMany({ orderBy: { version: 'desc' } });
  const staffIds = [...new Set(versions.map((v) => v.publishedBy).filter((p): p is string => p !== null && UUID.test(p)))];
  const staff = new Map(
    (await ctx.db.staffAccount.findMany({ where: { id: { in: staffIds } }, select: { id: true, username: true, displayName: true } })).map((s) => [s.id, s]),
  );
  // publishedBy is a staff account's id, or the name of a system caller (the seed's first publication).
  const publisherName = (by: string | null): string => {
    if (by === null) return '未记录';
    const account = staff.get(by);
    if (account) return `${account.displayName}（${account.username}）`;
    return UUID.test(by) ? '已删除的账号' : '系统初始化';
  };
  return versions.map((v) => ({
    version: v.version, publishedAt: v.publishedAt.toISOString(), publishedBy: v.publishedBy, publisherName: publisherName(v.publishedBy),
    note: v.note, republishOf: v.republishOf, counts: v.counts,
  }));
}
