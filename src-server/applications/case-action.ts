// The one shape of every change to a case: lock the row, check who may (scope → not found, claim → conflict, role → forbidden),
// check the state machine (invalid state, nothing changes), do the work, recompute the clock columns, append the
// timeline entry and the audit record, bump the revision — all in one transaction. Two concurrent actions on
// one case queue on the row lock; the second then finds the state moved on (or the revision stale) and is a conflict.
import type { Prisma } from '../generated/prisma/client';
import { canTake, refusalMessage, transitions, type CaseAction, type CaseStatus } from '../../src-shared/applications/state-machine';
import { viewerOf, type Viewer } from './case-access';
import { clockColumns } from './case-clock';
import { appendCaseEvent, type CaseEvent } from './case-events';
import { loadWorkCalendar } from './work-calendar';
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, type UseCaseContext } from '../platform/use-case';
import { mayWorkCases } from '../queues/queue-access';
import { oweCaseMessage } from '../notifications/owe-message';
import { outboxWritten } from '../notifications/outbox-signal';
import { dateColumn } from '../../src-shared/calendar/china-date';

export type CaseRow = Prisma.ApplicationGetPayload<{ include: { queue: true; pauses: true } }>;
type Tx = UseCaseContext & { db: Prisma.TransactionClient };

export interface ActionOutcome {
  data?: Omit<Prisma.ApplicationUncheckedUpdateInput, 'status' | 'revision'>;
  event: Omit<CaseEvent, 'action' | 'from' | 'to'>;
}

export async function lockCase(tx: Tx, id: string): Promise<CaseRow | null> {
  const locked = await tx.db.$queryRaw<{ id: string }[]>`SELECT id FROM application WHERE id = ${id}::uuid FOR UPDATE`;
  if (locked.length === 0) return null;
  return tx.db.application.findUnique({ where: { id }, include: { queue: true, pauses: { orderBy: { startDate: 'asc' } } } });
}

export async function actOnCase(
  ctx: UseCaseContext,
  input: { id: string; action: Exclude<CaseAction, 'submit'>; revision?: number },
  work: (tx: Tx, row: CaseRow, viewer: Viewer) => Promise<ActionOutcome>,
  options: { adminMayTransfer?: boolean } = {},
): Promise<{ id: string }> {
  const rule = transitions[input.action];
  const owed = await inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, input.id);
    const viewer = viewerOf(tx, row);
    const c = row!;
    const status = c.status as CaseStatus;
    // The city admin moves cases between counties without claiming them; every other change is a clerk's.
    const asAdmin = options.adminMayTransfer === true && tx.caller?.kind === 'staff' && tx.caller.role === 'city_admin';
    if (asAdmin) {
      if (viewer.kind !== 'staff' || !viewer.covers) throw Errors.notFound('没有找到这个办件');
    } else if (rule.by === 'clerk') {
      if (viewer.kind !== 'staff' || !viewer.covers || tx.caller?.kind !== 'staff') throw Errors.notFound('没有找到这个办件');
      if (!mayWorkCases(tx.caller)) throw Errors.forbidden('只有窗口工作人员可以办理办件');
    } else if (viewer.kind !== 'resident') {
      throw Errors.forbidden('只有申请人可以进行此操作');
    }
    if (!canTake(input.action, status)) throw Errors.invalidState('action_not_allowed', refusalMessage(input.action, status));
    if (input.revision !== undefined && input.revision !== c.revision) {
      throw Errors.conflict('stale_revision', '办件刚被他人更新，请刷新后再操作');
    }
    if (rule.needsClaim && !asAdmin && viewer.kind === 'staff' && c.claimedBy !== viewer.staffId) {
      throw Errors.conflict(c.claimedBy ? 'claimed_by_other' : 'not_claimed', c.claimedBy ? '该办件已由其他工作人员认领' : '请先认领该办件再办理');
    }
    const outcome = await work(tx, c, viewer);
    const to = (rule.to ?? status) as CaseStatus;
    const pauses = await tx.db.applicationPause.findMany({ where: { applicationId: c.id }, orderBy: { startDate: 'asc' } });
    const calendar = await loadWorkCalendar(tx);
    const next = { ...c, ...(outcome.data as object), status: to } as CaseRow;
    const updated = await tx.db.application.updateMany({
      where: { id: c.id, revision: c.revision },
      data: { ...outcome.data, status: to, revision: { increment: 1 }, ...clockColumns(calendar, next, pauses, tx.clock.today()) },
    });
    if (updated.count !== 1) throw Errors.conflict('stale_revision', '办件刚被他人更新，请刷新后再操作');
    await appendCaseEvent(tx, c.id, { action: input.action, from: status, to, ...outcome.event });
    await audit(tx, { action: `application.${input.action}`, subjectType: 'application', subjectId: c.id, details: { from: status, to } });
    // The resident's subscribe message (受理, 补正, 办结, 不予受理/不予许可) commits with the change or not at all.
    return oweCaseMessage(tx, c, input.action, c.revision + 1, outcome.event.details);
  });
  if (owed) outboxWritten();
  return { id: input.id };
}

/** The date (China) a pause starts or ends: today. */
export const todayDate = (ctx: UseCaseContext) => dateColumn(ctx.clock.today());

/** Ends the open pause of a case (补正 or 特别程序), if any. */
export async function endOpenPause(tx: Tx, applicationId: string, kind: 'correction' | 'special') {
  await tx.db.applicationPause.updateMany({ where: { applicationId, kind, endDate: null }, data: { endDate: todayDate(tx) } });
}
