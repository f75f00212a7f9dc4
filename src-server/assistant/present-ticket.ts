// A consultation ticket as staff see it: its queue, the matter in focus when it was opened, why, and the answer.
import type { Prisma } from '../generated/prisma/client';
import type { TicketSummary } from '../../src-shared/contracts/chat';
import type { CatalogSnapshot } from '../catalog/published-catalog';

export const ticketSelect = {
  id: true, sessionId: true, queueId: true, matterId: true, reason: true, question: true, status: true, answer: true,
  answeredBy: true, answeredAt: true, createdAt: true, queue: { select: { id: true, name: true, kind: true, regionCode: true, departmentCode: true, countyCode: true } },
} satisfies Prisma.ConsultationTicketSelect;

export type TicketRow = Prisma.ConsultationTicketGetPayload<{ select: typeof ticketSelect }>;

const reasonNames = { asked: '居民要求转人工', failed_turns: '智能客服连续三次未能解答' } as const;

export function presentTicket(row: TicketRow, snapshot: CatalogSnapshot): TicketSummary {
  const reason = row.reason as keyof typeof reasonNames;
  const matter = row.matterId ? snapshot.byId.get(row.matterId) : undefined;
  return {
    id: row.id,
    queue: { id: row.queue.id, name: row.queue.name },
    matter: row.matterId ? { id: row.matterId, name: matter?.name ?? '（已不在当前目录）' } : null,
    reason,
    reasonName: reasonNames[reason],
    question: row.question,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    answer: row.answer,
    answeredBy: row.answeredBy,
    answeredAt: row.answeredAt?.toISOString() ?? null,
  };
}
