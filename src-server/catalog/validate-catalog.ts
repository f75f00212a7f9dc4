// Use case: run the publishing rules over every draft without publishing (the catalog office's 检查).
import type { UseCaseContext } from '../platform/use-case';
import { coverageOn } from './publish-catalog';
import { checkDrafts } from './quality-rules';

export async function validateCatalog(ctx: UseCaseContext) {
  const drafts = await ctx.db.matterDraft.findMany();
  return { errors: checkDrafts(drafts, await coverageOn(ctx, ctx.clock.today())) };
}
