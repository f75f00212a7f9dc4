// The append-only audit trail. Use cases write their record through the context they run in — inside
// `inTransaction`, the same transaction as the change — so both commit together or not at all.
import type { Prisma } from '../generated/prisma/client';
import type { Caller } from '../identity/actor';
import type { UseCaseContext } from './use-case';

export interface AuditRecord {
  action: string;
  subjectType?: string;
  subjectId?: string;
  details?: Prisma.InputJsonValue;
}

/** Who an audit record names: a resident, a staff member, the system (seed, an operator's command) or nobody. */
export interface ActorRef {
  actorKind: string;
  actorId: string | null;
}

export function actorRef(caller: Caller): ActorRef {
  if (!caller) return { actorKind: 'anonymous', actorId: null };
  switch (caller.kind) {
    case 'resident':
      return { actorKind: 'resident', actorId: caller.residentId };
    case 'staff':
      return { actorKind: 'staff', actorId: caller.staffId };
    case 'system':
      return { actorKind: 'system', actorId: caller.name };
  }
}

/** The row an audit record is (also written by one-statement inserts, e.g. a submission). */
export function auditRow(ctx: UseCaseContext, record: AuditRecord, as?: ActorRef) {
  return { ...(as ?? actorRef(ctx.caller)), ...record, requestId: ctx.requestId, at: ctx.clock.now() };
}

/** Appends one record naming the context's caller (or `as`, when the caller is not yet known, e.g. at sign-in). */
export async function audit(ctx: UseCaseContext, record: AuditRecord, as?: ActorRef): Promise<void> {
  await ctx.db.auditEvent.create({ data: auditRow(ctx, record, as) });
}
