// Use case: messages that did not go out (dead letters, skipped) or wait, for admins: the city admin sees all,
// a county admin those of their county's cases.
import type { z } from 'zod';
import { outboxEventLabels, type AdminNotificationPage, type AdminNotificationsQuery, type OutboxEvent } from '../../src-shared/contracts/notifications';
import { Prisma } from '../generated/prisma/client';
import { staffOf, type UseCaseContext } from '../platform/use-case';
import { Errors } from '../platform/errors';
import type { StaffActor } from '../identity/actor';

interface Row {
  id: string;
  event: string;
  status: 'pending' | 'sent' | 'skipped' | 'dead';
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  applicationId: string | null;
  receiptNo: string | null;
  matterName: string | null;
  countyCode: string | null;
}

/** The counties a county admin covers; null for the city admin (everything). */
export function adminCounties(actor: StaffActor): string[] | null {
  if (actor.role === 'city_admin' || actor.scopes.some((s) => s.kind === 'city')) return null;
  return actor.scopes.filter((s) => s.kind === 'county').map((s) => s.regionCode);
}

export async function listNotifications(ctx: UseCaseContext, input: z.infer<typeof AdminNotificationsQuery>): Promise<AdminNotificationPage> {
  const actor = staffOf(ctx);
  if (actor.role !== 'city_admin' && actor.role !== 'county_admin') throw Errors.forbidden();
  const counties = adminCounties(actor);
  // A county admin: the messages of their county's cases (one join; demo mode skips every message, so lists are long).
  const scope = counties
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM application a WHERE a.id = m.application_id AND a.county_code IN (${counties.length ? Prisma.join(counties) : Prisma.sql`NULL`}))`
    : Prisma.empty;
  const [{ total }] = await ctx.db.$queryRaw<{ total: bigint }[]>`
    SELECT count(*) AS total FROM outbox_message m WHERE m.status = ${input.status}::"OutboxStatus" ${scope}`;
  const rows = await ctx.db.$queryRaw<Row[]>`
    SELECT m.id, m.event, m.status::text AS status, m.attempts, m.next_attempt_at AS "nextAttemptAt", m.last_error AS "lastError",
      m.created_at AS "createdAt", m.sent_at AS "sentAt", m.application_id AS "applicationId",
      a.receipt_no AS "receiptNo", a.matter_name AS "matterName", a.county_code AS "countyCode"
    FROM outbox_message m LEFT JOIN application a ON a.id = m.application_id
    WHERE m.status = ${input.status}::"OutboxStatus" ${scope}
    ORDER BY m.created_at DESC, m.id
    LIMIT ${input.pageSize} OFFSET ${(input.page - 1) * input.pageSize}`;
  return {
    items: rows.map((r) => {
      return {
        id: r.id,
        event: r.event,
        eventLabel: outboxEventLabels[r.event as OutboxEvent] ?? r.event,
        status: r.status,
        attempts: r.attempts,
        nextAttemptAt: r.nextAttemptAt.toISOString(),
        lastError: r.lastError,
        createdAt: r.createdAt.toISOString(),
        sentAt: r.sentAt?.toISOString() ?? null,
        applicationId: r.applicationId,
        receiptNo: r.receiptNo,
        matterName: r.matterName,
        countyCode: r.countyCode,
      };
    }),
    total: Number(total),
    page: input.page,
    pageSize: input.pageSize,
  };
}

