// Which queues a staff member's scopes cover (rules.md, "Who uses it"): a station clerk their village's
// station; a township clerk or lead their centre and the stations of its villages; a department clerk their
// department's queue in their county (or in the city); a county admin every queue of the county; the city
// admin all. Cases, their files and counts are visible only through a covered queue; anything else is not found.
import type { Prisma } from '../generated/prisma/client';
import type { ScopeGrant, StaffActor } from '../identity/actor';

export interface QueueKey {
  kind: 'village' | 'township' | 'county_department' | 'city_department';
  regionCode: string;
  departmentCode: string | null;
  countyCode: string;
}

function scopeCovers(scope: ScopeGrant, queue: QueueKey): boolean {
  switch (scope.kind) {
    case 'city':
      return true;
    case 'county':
      return queue.countyCode === scope.regionCode;
    case 'township':
      return (queue.kind === 'township' || queue.kind === 'village') && queue.regionCode.startsWith(scope.regionCode);
    case 'village':
      return queue.kind === 'village' && queue.regionCode === scope.regionCode;
    case 'county_department':
    case 'city_department':
      return queue.kind === scope.kind && queue.regionCode === scope.regionCode && queue.departmentCode === scope.departmentCode;
  }
}

export const staffCoversQueue = (actor: StaffActor, queue: QueueKey): boolean =>
  actor.role === 'city_admin' || actor.scopes.some((s) => scopeCovers(s, queue));

/** The same rule as a Prisma filter on queues, for lists and counts. */
export function queueWhereFor(actor: StaffActor): Prisma.QueueWhereInput {
  if (actor.role === 'city_admin' || actor.scopes.some((s) => s.kind === 'city')) return {};
  const or: Prisma.QueueWhereInput[] = actor.scopes.map((s): Prisma.QueueWhereInput => {
    switch (s.kind) {
      case 'county':
        return { countyCode: s.regionCode };
      case 'township':
        return { kind: { in: ['township', 'village'] }, regionCode: { startsWith: s.regionCode } };
      case 'village':
        return { kind: 'village', regionCode: s.regionCode };
      default:
        return { kind: s.kind as 'county_department' | 'city_department', regionCode: s.regionCode, departmentCode: s.departmentCode };
    }
  });
  return or.length > 0 ? { OR: or } : { id: { in: [] } };
}

/** Clerks work cases (claim, act); leads and admins see them. */
export const mayWorkCases = (actor: StaffActor) => actor.role === 'clerk';
