// Use case: the queues a staff member sees, with counts per status, unclaimed, and clock flags, counted in SQL from
// the clock columns of each case: 待受理 from working day 3 (warning) and day 5 (alarm); accepted cases yellow from
// the warning date, red once past due (the same rules as each case's flag, applications/present-summary.ts).
import { Prisma } from '../generated/prisma/client';
import { staffOf, type UseCaseContext } from '../platform/use-case';
import { queueWhereFor } from './queue-access';

interface CountRow {
  queue_id: string;
  submitted: bigint;
  correction: bigint;
  accepted: bigint;
  special: bigint;
  unclaimed: bigint;
  accept_warning: bigint;
  accept_alarm: bigint;
  yellow: bigint;
  red: bigint;
}

export async function listQueues(ctx: UseCaseContext, { withCasesOnly = false }: { withCasesOnly?: boolean } = {}) {
  const actor = staffOf(ctx);
  const queues = await ctx.db.queue.findMany({ where: queueWhereFor(actor), orderBy: [{ countyCode: 'asc' }, { kind: 'asc' }, { id: 'asc' }] });
  const today = ctx.clock.today();
  const ids = queues.map((q) => q.id);
  const counts = ids.length
    ? await ctx.db.$queryRaw<CountRow[]>`
        SELECT queue_id,
          count(*) FILTER (WHERE status = 'submitted') AS submitted,
          count(*) FILTER (WHERE status = 'correction') AS correction,
          count(*) FILTER (WHERE status = 'accepted') AS accepted,
          count(*) FILTER (WHERE status = 'special') AS special,
          count(*) FILTER (WHERE claimed_by IS NULL AND status IN ('submitted', 'accepted', 'special')) AS unclaimed,
          count(*) FILTER (WHERE status = 'submitted' AND warn_date <= ${today}::date AND due_date > ${today}::date) AS accept_warning,
          count(*) FILTER (WHERE status = 'submitted' AND due_date <= ${today}::date) AS accept_alarm,
          count(*) FILTER (WHERE status <> 'submitted' AND warn_date <= ${today}::date AND due_date >= ${today}::date) AS yellow,
          count(*) FILTER (WHERE status <> 'submitted' AND due_date < ${today}::date) AS red
        FROM application
        WHERE queue_id IN (${Prisma.join(ids)}) AND status IN ('submitted', 'correction', 'accepted', 'special')
        GROUP BY queue_id`
    : [];
  const byQueue = new Map(counts.map((c) => [c.queue_id, c]));
  const zero = { submitted: 0, correction: 0, accepted: 0, special: 0, unclaimed: 0, acceptWarning: 0, acceptAlarm: 0, yellow: 0, red: 0 };
  const column = (k: keyof typeof zero) => (k === 'acceptWarning' ? 'accept_warning' : k === 'acceptAlarm' ? 'accept_alarm' : k) as keyof CountRow;
  return queues
    .map((q) => {
      const c = byQueue.get(q.id);
      const n = c ? Object.fromEntries((Object.keys(zero) as (keyof typeof zero)[]).map((k) => [k, Number(c[column(k)])])) as typeof zero : zero;
      return { id: q.id, kind: q.kind, name: q.name, countyCode: q.countyCode, counts: n };
    })
    .filter((q) => !withCasesOnly || byQueue.has(q.id) || q.kind !== 'village');
}
