// Who may see a case: the resident it is for or who filed it, the station clerk who filed it, and staff
// whose scope covers the queue that holds it. Anyone else is told it does not exist (not found), never that it is
// someone else's.
import { Errors } from '../platform/errors';
import type { UseCaseContext } from '../platform/use-case';
import { staffCoversQueue } from '../queues/queue-access';

export type Viewer = { kind: 'resident'; residentId: string } | { kind: 'staff'; staffId: string; covers: boolean };

export interface CaseAccessRow {
  ownerResidentId: string | null;
  filedByResidentId: string | null;
  filedByStaffId: string | null;
  queue: { kind: 'village' | 'township' | 'county_department' | 'city_department'; regionCode: string; departmentCode: string | null; countyCode: string };
}

export function viewerOf(ctx: UseCaseContext, row: CaseAccessRow | null): Viewer {
  const caller = ctx.caller;
  if (row && caller?.kind === 'resident' && (row.ownerResidentId === caller.residentId || row.filedByResidentId === caller.residentId)) {
    return { kind: 'resident', residentId: caller.residentId };
  }
  if (row && caller?.kind === 'staff') {
    const covers = staffCoversQueue(caller, row.queue);
    if (covers || row.filedByStaffId === caller.staffId) return { kind: 'staff', staffId: caller.staffId, covers };
  }
  throw Errors.notFound('没有找到这个办件');
}
