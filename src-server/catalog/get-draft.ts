// Use case: one draft with its whole guide.
import type { UseCaseContext } from '../platform/use-case';
import { Errors } from '../platform/errors';
import { presentDraft } from './present-draft';

export async function getDraft(ctx: UseCaseContext, { id }: { id: string }) {
  const draft = await ctx.db.matterDraft.findUnique({ where: { id } });
  if (!draft) throw Errors.notFound('没有找到这个事项草稿');
  return presentDraft(draft);
}
