// Use case: one draft with its whole guide.
import type { PrismaClient } from '../generated/prisma/client';
import { Errors } from '../platform/errors';
import { presentDraft } from './present-draft';

export async function getDraft(prisma: PrismaClient, id: string) {
  const draft = await prisma.matterDraft.findUnique({ where: { id } });
  if (!draft) throw Errors.notFound('没有找到这个事项草稿');
  return presentDraft(draft);
}
