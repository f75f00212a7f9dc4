// Use case: the published catalog versions, newest first.
import type { UseCaseContext } from '../platform/use-case';

export async function listVersions(ctx: UseCaseContext) {
  const versions = await ctx.db.catalogVersion.findMany({ orderBy: { version: 'desc' } });
  return versions.map((v) => ({
    version: v.version, publishedAt: v.publishedAt.toISOString(), publishedBy: v.publishedBy, note: v.note,
    republishOf: v.republishOf, counts: v.counts,
  }));
}
