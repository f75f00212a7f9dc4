// Appending to a case's timeline: who, when, from which state, to which state and why. Always called inside
// the transaction of the change it records, so the two commit together or not at all.
import type { Prisma } from '../generated/prisma/client';
import type { CaseAction, CaseStatus } from '../../src-shared/applications/state-machine';
import { actorRef } from '../platform/audit';
import type { UseCaseContext } from '../platform/use-case';

export interface CaseEvent {
  action: CaseAction | 'deemed_accepted';
  from: CaseStatus | null;
  to: CaseStatus;
  /** What the resident reads. */
  note?: string | null;
  /** Staff only. */
  internalNote?: string | null;
  details?: Prisma.InputJsonValue;
}

/** The name the timeline shows for the caller: a window's name for staff, 申请人 for the resident. */
export function callerName(ctx: UseCaseContext): string {
  const caller = ctx.caller;
  if (caller?.kind === 'staff') return caller.displayName || caller.username;
  if (caller?.kind === 'resident') return '申请人';
  return '系统';
}

/** The timeline row of an event (also written by one-statement inserts, e.g. a submission). */
export function caseEventRow(ctx: UseCaseContext, applicationId: string, event: CaseEvent, actorName?: string) {
  const { actorKind, actorId } = actorRef(ctx.caller);
  return {
    applicationId,
    at: ctx.clock.now(),
    actorKind,
    actorId,
    actorName: actorName ?? callerName(ctx),
    action: event.action,
    fromStatus: event.from,
    toStatus: event.to,
    note: event.note ?? null,
    internalNote: event.internalNote ?? null,
    details: event.details,
    requestId: ctx.requestId,
  };
}

export async function appendCaseEvent(ctx: UseCaseContext, applicationId: string, event: CaseEvent, actorName?: string): Promise<void> {
  await ctx.db.applicationEvent.create({ data: caseEventRow(ctx, applicationId, event, actorName) });
}
