// A case in a list (mine, or a queue's): the applicant's name masked for staff lists, the clock flag from
// the row's date columns.
import type { Prisma } from '../generated/prisma/client';
import { caseStatusLabels, type CaseStatus } from '../../src-shared/applications/state-machine';
import type { UseCaseContext } from '../platform/use-case';

export const summarySelect = {
  id: true, receiptNo: true, matterName: true, status: true, applicantName: true, applicantIdMasked: true, filedAs: true,
  submittedAt: true, dueDate: true, warnDate: true, claimedBy: true, queue: { select: { id: true, kind: true, name: true } },
} satisfies Prisma.ApplicationSelect;

type SummaryRow = Prisma.ApplicationGetPayload<{ select: typeof summarySelect }>;

/** 张三 → 张*, 欧阳娜娜 → 欧***: enough for a clerk to call the right person, not to identify a stranger. */
export const maskName = (name: string) => (name.length <= 1 ? name : name[0] + '*'.repeat(name.length - 1));

export async function presentSummary(ctx: UseCaseContext, rows: SummaryRow[], { masked }: { masked: boolean }) {
  const today = ctx.clock.today();
  const claimants = [...new Set(rows.map((r) => r.claimedBy).filter((x): x is string => Boolean(x)))];
  const names = new Map((claimants.length ? await ctx.db.staffAccount.findMany({ where: { id: { in: claimants } }, select: { id: true, displayName: true } }) : []).map((s) => [s.id, s.displayName]));
  return rows.map((r) => {
    const due = r.dueDate?.toISOString().slice(0, 10) ?? null;
    const warn = r.warnDate?.toISOString().slice(0, 10) ?? null;
    // 待受理: the acceptance clock (warning from working day 3, alarm from day 5, the due day); otherwise the finish
    // clock (yellow from 80 %, red once past). The same rules count the queue's figures (queues/list-queues.ts).
    const flag = !due ? 'none'
      : r.status === 'submitted' ? (today >= due ? 'alarm' : warn && today >= warn ? 'warning' : 'none')
      : today > due ? 'red' : warn && today >= warn ? 'yellow' : 'none';
    return {
      id: r.id,
      receiptNo: r.receiptNo,
      matterName: r.matterName,
      status: r.status as CaseStatus,
      statusLabel: caseStatusLabels[r.status as CaseStatus],
      applicantName: masked ? maskName(r.applicantName) : r.applicantName,
      applicantIdNumber: r.applicantIdMasked,
      filedAs: r.filedAs as 'self' | 'family' | 'station',
      queue: r.queue,
      submittedAt: r.submittedAt.toISOString(),
      dueDate: due,
      flag: flag as 'none' | 'warning' | 'alarm' | 'yellow' | 'red',
      estimated: false,
      claimedBy: r.claimedBy ? { id: r.claimedBy, name: names.get(r.claimedBy) ?? '' } : null,
    };
  });
}
