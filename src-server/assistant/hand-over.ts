// Where a hand-over to a person goes (转人工): the queue the county's delegation list names for the matter in
// focus at the resident's place (the same decideQueue as an application), or — with no matter — the service
// centre of the resident's township. With neither a township nor a matter there is nobody to ask yet.
import type { Prisma } from '../generated/prisma/client';
import type { UseCaseContext } from '../platform/use-case';
import { audit } from '../platform/audit';
import { describeRoute, routeFor } from '../routing/preview-route';
import { queueId } from '../routing/decide-queue';

export interface HandOverQueue {
  id: string;
  name: string;
}

export async function handOverQueue(ctx: UseCaseContext, input: { matterId: string | null; regionCode: string | null }): Promise<HandOverQueue | null> {
  const { matterId, regionCode } = input;
  if (!regionCode) return null;
  if (matterId) {
    const { decision, matterName } = await routeFor(ctx, { matterId, regionCode });
    const { queue } = await describeRoute(ctx, decision, matterName);
    return { id: queue.id, name: queue.name };
  }
  if (regionCode.length < 9) return null;
  const queue = await ctx.db.queue.findUnique({ where: { id: queueId('township', regionCode.slice(0, 9)) }, select: { id: true, name: true } });
  return queue;
}

/** The resident's place: their profile's township or village, else the 办事地区 chosen in the app. */
export async function residentPlace(ctx: UseCaseContext, chosen: string | undefined): Promise<string | null> {
  if (ctx.caller?.kind === 'resident') {
    const residentId = ctx.caller.residentId;
    const me = await ctx.db.resident.findUnique({ where: { id: residentId }, select: { regionCode: true } });
    if (me?.regionCode) return me.regionCode;
  }
  return chosen ?? null;
}

export interface NewTicket {
  id: string;
  sessionId: string;
  residentId: string | null;
  queue: HandOverQueue;
  matterId: string | null;
  reason: 'asked' | 'failed_turns';
  question: string;
}

/** Opens the ticket and its audit record in the transaction that writes the turn asking for it. */
export async function openTicket(ctx: UseCaseContext & { db: Prisma.TransactionClient }, t: NewTicket): Promise<void> {
  await ctx.db.consultationTicket.create({
    data: {
      id: t.id, sessionId: t.sessionId, residentId: t.residentId, queueId: t.queue.id, matterId: t.matterId,
      reason: t.reason, question: t.question.slice(0, 500), createdAt: ctx.clock.now(),
    },
  });
  await audit(ctx, { action: 'consultation.open', subjectType: 'consultation_ticket', subjectId: t.id, details: { queueId: t.queue.id, matterId: t.matterId, reason: t.reason } });
}
