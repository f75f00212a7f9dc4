// Use case: 认领下一件 — the unclaimed case of a queue that falls due first. `FOR UPDATE SKIP LOCKED` lets any
// number of clerks (on any instance) claim at once: each row is taken by exactly one of them, none waits.
// The claim, its timeline row and its audit records are one statement (atomic, one round trip): the clerk's
// answer is the whole case with full personal numbers, so the record of that view is written with the claim.
import { Prisma } from '../generated/prisma/client';
import { auditRow } from '../platform/audit';
import { insertRowsSql, statementToken, type Substitution } from '../platform/db/insert-rows';
import { Errors } from '../platform/errors';
import { sqlRows, staffOf, type UseCaseContext } from '../platform/use-case';
import { caseEventRow } from '../applications/case-events';
import { PII_VIEW_FIELDS } from '../applications/get-application';
import type { CaseStatus } from '../../src-shared/applications/state-machine';
import { mayWorkCases, staffCoversQueue } from './queue-access';
import { queueOf } from './queue-names';

export async function claimNextCase(ctx: UseCaseContext, { queueId }: { queueId: string }): Promise<{ id: string; piiViewLogged: true } | null> {
  const actor = staffOf(ctx);
  const queue = await queueOf(ctx, queueId);
  if (!queue || !staffCoversQueue(actor, queue)) throw Errors.notFound('没有找到这个窗口队列');
  if (!mayWorkCases(actor)) throw Errors.forbidden('只有窗口工作人员可以认领办件');
  const now = ctx.clock.now();
  const [id, status] = [statementToken('id'), statementToken('status')];
  const taken: Substitution = { from: Prisma.sql`taken`, values: { [id]: Prisma.sql`taken.id::text`, [status]: Prisma.sql`taken.status::text` } };
  const event = caseEventRow(ctx, id, { action: 'claim', from: status as CaseStatus, to: status as CaseStatus });
  const records = [
    auditRow(ctx, { action: 'application.claim', subjectType: 'application', subjectId: id, details: { queueId, next: true } }),
    auditRow(ctx, { action: 'application.pii_view', subjectType: 'application', subjectId: id, details: { fields: PII_VIEW_FIELDS } }),
  ];
  const [row] = await sqlRows<{ id: string }>(ctx, Prisma.sql`
    WITH taken AS (
      UPDATE application SET claimed_by = ${actor.staffId}::uuid, claimed_at = ${now}, revision = revision + 1, updated_at = ${now}
      WHERE id = (
        SELECT id FROM application
        WHERE queue_id = ${queueId} AND claimed_by IS NULL AND status IN ('submitted', 'accepted', 'special')
        ORDER BY due_date ASC NULLS LAST, submitted_at ASC
        LIMIT 1 FOR UPDATE SKIP LOCKED
      )
      RETURNING id, status),
    event AS (${insertRowsSql('application_event', [event], taken)}),
    audit AS (${insertRowsSql('audit_event', records, taken)})
    SELECT id::text AS id FROM taken`, { prepared: true });
  return row ? { id: row.id, piiViewLogged: true } : null;
}
