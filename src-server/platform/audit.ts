// The append-only audit trail. Use cases write their record inside the same transaction as the change.
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { Actor } from '../identity/actor';

export interface AuditRecord {
  action: string;
  subjectType?: string;
  subjectId?: string;
  details?: Prisma.InputJsonValue;
}

type Writer = Pick<PrismaClient, 'auditEvent'>;

/** Who an audit record names: a resident, a staff member, an operator's command or the system. */
export interface ActorRef {
  actorKind: string;
  actorId: string | null;
}

export function actorRef(actor: Actor | undefined): ActorRef {
  if (!actor) return { actorKind: 'anonymous', actorId: null };
  return actor.kind === 'resident'
    ? { actorKind: 'resident', actorId: actor.residentId }
    : { actorKind: 'staff', actorId: actor.staffId };
}

export async function audit(
  db: Writer,
  who: Actor | ActorRef,
  record: AuditRecord,
  requestId?: string,
): Promise<void> {
  const ref = 'kind' in who ? actorRef(who) : who;
  await db.auditEvent.create({ data: { ...ref, ...record, requestId } });
}
