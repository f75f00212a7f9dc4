// 我的办件进度 in the chat: the resident's own cases (theirs, or filed by them for family), each with its status
// and what comes next, from the case row — never another person's.
import type { ChatCase } from '../../src-shared/contracts/chat';
import { caseStatusLabels, type CaseStatus } from '../../src-shared/applications/state-machine';
import type { UseCaseContext } from '../platform/use-case';

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

function nextStep(row: { status: string; acceptDue: Date; dueDate: Date | null }): string {
  switch (row.status as CaseStatus) {
    case 'submitted':
      return `等待受理，最迟 ${day(row.acceptDue)} 前受理`;
    case 'correction':
      return '需要补正材料：请打开办件，按补正通知补充，补齐后继续办理';
    case 'accepted':
      return row.dueDate ? `已受理，承诺 ${day(row.dueDate)} 前办结` : '已受理，正在办理';
    case 'special':
      return '特别程序中（如现场核查、公示），所需时间不计入办理时限';
    case 'finished':
      return '已办结，结果见办件详情';
    case 'denied':
    case 'rejected':
      return '理由和法律依据见办件详情';
    case 'withdrawn':
      return '您已撤回申请';
  }
}

/** The resident's cases, newest first; of the given matters only, when the question named some. */
export async function myCases(ctx: UseCaseContext, residentId: string, matterIds: string[] | null): Promise<ChatCase[]> {
  const rows = await ctx.db.application.findMany({
    where: {
      OR: [{ ownerResidentId: residentId }, { filedByResidentId: residentId }],
      ...(matterIds ? { matterId: { in: matterIds } } : {}),
    },
    orderBy: { submittedAt: 'desc' },
    take: 5,
    select: { id: true, receiptNo: true, matterName: true, status: true, acceptDue: true, dueDate: true },
  });
  return rows.map((r) => ({
    id: r.id,
    receiptNo: r.receiptNo,
    matterName: r.matterName,
    status: r.status,
    statusName: caseStatusLabels[r.status as CaseStatus],
    next: nextStep(r),
  }));
}
