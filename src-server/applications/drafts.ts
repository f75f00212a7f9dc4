// The apply wizard's draft, one per resident and matter, kept on the server (encrypted: answers may hold ID
// numbers) so it survives closing the app or changing phone. Three small use cases: read, save, discard.
import type { z } from 'zod';
import type { DraftContentSchema } from '../../src-shared/contracts/applications';
import { Errors } from '../platform/errors';
import { residentOf, type UseCaseContext } from '../platform/use-case';

type DraftContent = z.infer<typeof DraftContentSchema>;

const present = (matterId: string, content: DraftContent, updatedAt: Date) => ({ ...content, matterId, updatedAt: updatedAt.toISOString() });

export async function getApplicationDraft(ctx: UseCaseContext, { matterId }: { matterId: string }) {
  const me = residentOf(ctx);
  const row = await ctx.db.applicationDraft.findUnique({ where: { residentId_matterId: { residentId: me.residentId, matterId } } });
  if (!row) throw Errors.notFound('这个事项还没有保存的草稿');
  return present(matterId, JSON.parse(ctx.pii.decrypt('draft.content', row.contentEnc)) as DraftContent, row.updatedAt);
}

export async function saveApplicationDraft(ctx: UseCaseContext, { matterId, content }: { matterId: string; content: DraftContent }) {
  const me = residentOf(ctx);
  const matter = await ctx.db.publishedMatter.findUnique({ where: { version_matterId: { version: content.version, matterId } }, select: { matterId: true } });
  if (!matter) throw Errors.notFound('没有找到这个事项');
  const contentEnc = ctx.pii.encrypt('draft.content', JSON.stringify(content));
  const row = await ctx.db.applicationDraft.upsert({
    where: { residentId_matterId: { residentId: me.residentId, matterId } },
    create: { residentId: me.residentId, matterId, version: content.version, step: content.step, contentEnc, updatedAt: ctx.clock.now() },
    update: { version: content.version, step: content.step, contentEnc, updatedAt: ctx.clock.now() },
  });
  return present(matterId, content, row.updatedAt);
}

export async function discardApplicationDraft(ctx: UseCaseContext, { matterId }: { matterId: string }) {
  const me = residentOf(ctx);
  await ctx.db.applicationDraft.deleteMany({ where: { residentId: me.residentId, matterId } });
}
