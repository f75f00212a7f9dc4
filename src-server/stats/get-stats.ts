// Use case: the figures a county or city admin steers by, for a county (or township) and a period. Read-only:
// counts come from the database in SQL, durations are counted in working days with the admin's holiday
// overrides (the same calendar as the case clocks).
import type { Prisma } from '../generated/prisma/client';
import { caseStatuses, caseStatusLabels } from '../../src-shared/applications/state-machine';
import { isEstimatedSpan, workingDaysBetween } from '../../src-shared/calendar/working-days';
import { reportFigures, type Stats, type StatsQuery } from '../../src-shared/contracts/stats';
import { catalogStats } from '../catalog/catalog-stats';
import { loadWorkCalendar } from '../applications/work-calendar';
import type { UseCaseContext } from '../platform/use-case';
import { resolveStatsScope, type StatsScope } from './stats-scope';
import { dateColumn } from '../../src-shared/calendar/china-date';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** The China date of an instant. */
const chinaDay = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
/** The instant a China date starts. */
const chinaStart = (d: string) => new Date(`${d}T00:00:00+08:00`);
const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Nearest rank: the smallest value with at least `p` of the values at or below it. */
export function nearestRank(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

const duration = (values: number[]) => ({ count: values.length, median: nearestRank(values, 0.5), p90: nearestRank(values, 0.9) });

/** Cases whose applicant's place is in the scope. */
function caseWhere(scope: StatsScope): Prisma.ApplicationWhereInput {
  if (scope.townshipCode) return { regionCode: { startsWith: scope.townshipCode } };
  return scope.countyCode ? { countyCode: scope.countyCode } : {};
}

function ratingWhere(scope: StatsScope): Prisma.RatingWhereInput {
  const place = scope.townshipCode ? { regionCode: { startsWith: scope.townshipCode } } : scope.countyCode ? { countyCode: scope.countyCode } : {};
  return { ...place, excludedAt: null };
}

export async function getStats(ctx: UseCaseContext, query: StatsQuery): Promise<Stats> {
  const scope = await resolveStatsScope(ctx, query);
  const inScope = caseWhere(scope);
  const inPeriod: Prisma.ApplicationWhereInput = { ...inScope, submittedDate: { gte: dateColumn(scope.from), lte: dateColumn(scope.to) } };
  const today = dateColumn(scope.today);

  const [byStatus, byQueueRows, acceptanceOverdue, finishOverdue, timed] = await Promise.all([
    ctx.db.application.groupBy({ by: ['status'], where: inPeriod, _count: { _all: true } }),
    ctx.db.application.groupBy({ by: ['queueId'], where: inPeriod, _count: { _all: true } }),
    ctx.db.application.count({ where: { ...inScope, status: 'submitted', dueDate: { lt: today } } }),
    ctx.db.application.count({ where: { ...inScope, status: 'accepted', dueDate: { lt: today } } }),
    ctx.db.application.findMany({
      where: { ...inPeriod, acceptedAt: { not: null } },
      select: { status: true, submittedDate: true, acceptedAt: true, clockStartDate: true, endedAt: true },
    }),
  ]);
  const queues = await ctx.db.queue.findMany({ where: { id: { in: byQueueRows.map((q) => q.queueId) } }, select: { id: true, name: true, kind: true } });
  const queueOf = new Map(queues.map((q) => [q.id, q]));
  const statusCount = new Map(byStatus.map((s) => [s.status, s._count._all]));

  const calendar = await loadWorkCalendar(ctx);
  const acceptance: number[] = [];
  const finish: number[] = [];
  let estimated = false;
  const span = (from: string, to: string, into: number[]) => {
    into.push(workingDaysBetween(calendar, from, to));
    estimated ||= isEstimatedSpan(calendar, from, to);
  };
  for (const c of timed) {
    span(isoDay(c.submittedDate), chinaDay(c.acceptedAt!), acceptance);
    if ((c.status === 'finished' || c.status === 'denied') && c.clockStartDate && c.endedAt) span(isoDay(c.clockStartDate), chinaDay(c.endedAt), finish);
  }

  const rated = { ...ratingWhere(scope), ratedAt: { gte: chinaStart(scope.from), lt: chinaStart(nextDay(scope.to)) } };
  const [ratings, good, bad, followUpsOverdue] = await Promise.all([
    ctx.db.rating.count({ where: rated }),
    ctx.db.rating.count({ where: { ...rated, stars: { gte: 4 } } }),
    ctx.db.rating.count({ where: { ...rated, stars: { lte: 2 } } }),
    ctx.db.ratingFollowUp.count({
      where: {
        rating: ratingWhere(scope),
        OR: [
          { status: { not: 'replied' }, replyDue: { lt: today } },
          { status: 'open', callBackDue: { lt: today } },
        ],
      },
    }),
  ]);

  return {
    scope: { countyCode: scope.countyCode, townshipCode: scope.townshipCode, name: scope.name },
    period: { from: scope.from, to: scope.to },
    today: scope.today,
    cases: {
      total: byStatus.reduce((n, s) => n + s._count._all, 0),
      byStatus: caseStatuses.map((status) => ({ status, label: caseStatusLabels[status], count: statusCount.get(status) ?? 0 })),
      byQueue: byQueueRows
        .map((q) => ({ queueId: q.queueId, name: queueOf.get(q.queueId)?.name ?? q.queueId, kind: queueOf.get(q.queueId)?.kind ?? 'township', count: q._count._all }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh')),
    },
    overdue: { acceptance: acceptanceOverdue, finish: finishOverdue, total: acceptanceOverdue + finishOverdue },
    times: { acceptance: duration(acceptance), finish: duration(finish), estimated },
    satisfaction: { count: ratings, goodRate: ratings > 0 ? good / ratings : null, good, bad, followUpsOverdue },
    catalog: await catalogFigures(ctx),
    delegations: await delegationFigures(ctx, scope),
    reportRecalled: reportFigures.recalled,
  };
}

async function catalogFigures(ctx: UseCaseContext): Promise<Stats['catalog']> {
  const { version, handheld, township, village } = await catalogStats(ctx);
  return { version, handheld, township, village };
}

/** Each county of the scope: matters delegated and in force today, of those not taken up, and recalls. */
async function delegationFigures(ctx: UseCaseContext, scope: StatsScope): Promise<Stats['delegations']> {
  const counties = await ctx.db.region.findMany({
    where: { level: 'county', ...(scope.countyCode ? { code: scope.countyCode } : {}) },
    select: { code: true, name: true },
    orderBy: { code: 'asc' },
  });
  const today = dateColumn(scope.today);
  const township: Prisma.DelegationWhereInput = scope.townshipCode
    ? { OR: [{ target: 'all_townships' }, { townshipCodes: { has: scope.townshipCode } }] }
    : {};
  const rows = await ctx.db.delegation.findMany({
    where: { countyCode: { in: counties.map((c) => c.code) }, ...township },
    select: { countyCode: true, matterId: true, takenUp: true, effectiveFrom: true, effectiveUntil: true, recalledAt: true },
  });
  return counties.map((c) => {
    const own = rows.filter((r) => r.countyCode === c.code);
    const inForce = own.filter((r) => r.effectiveFrom <= today && (!r.effectiveUntil || r.effectiveUntil > today));
    return {
      countyCode: c.code,
      countyName: c.name,
      delegated: new Set(inForce.map((r) => r.matterId)).size,
      notTakenUp: new Set(inForce.filter((r) => !r.takenUp).map((r) => r.matterId)).size,
      // A recall counts from its day on; before that it is still pending (and can be withdrawn).
      recalled: own.filter((r) => r.recalledAt && r.effectiveUntil && r.effectiveUntil <= today).length,
      reportDelegated: reportFigures.delegated[c.code] ?? null,
    };
  });
}
