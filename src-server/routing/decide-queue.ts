// Which queue an application goes to (rules.md, "Routing an application"), as a pure function of the matter,
// the applicant's place, the date and the county's delegation list:
//   1. a village-level matter, applicant in a village → the station that serves the village (its own, or the
//      one of the same township the county's station list names: service-places/);
//   2. a delegation in force covers the matter for the township and was taken up → the township centre
//      (or its village stations, when the delegation goes down to them);
//   3. otherwise the matter's department in the county (a city-level matter: the city department).

export type QueueKind = 'village' | 'township' | 'county_department' | 'city_department';

export interface QueueRef {
  id: string;
  kind: QueueKind;
  regionCode: string;
  departmentCode: string | null;
}

export interface DelegationForRouting {
  id: string;
  target: 'townships' | 'all_townships' | 'villages';
  townshipCodes: string[];
  documentNo: string;
  effectiveFrom: Date;
  effectiveUntil: Date | null;
  takenUp: boolean;
  recallDocument: string | null;
}

export type RouteReason =
  | { code: 'village_level'; villageCode: string }
  | { code: 'delegated'; delegationId: string; documentNo: string; townshipCode: string; toVillages: boolean }
  | { code: 'not_taken_up'; delegationId: string; documentNo: string; townshipCode: string }
  | { code: 'recalled'; delegationId: string; documentNo: string; until: string }
  | { code: 'not_delegated' }
  | { code: 'city_level' }
  | { code: 'no_township' };

export interface RouteDecision {
  queue: QueueRef;
  reason: RouteReason;
}

export const queueId = (kind: QueueKind, regionCode: string, departmentCode: string | null = null) =>
  departmentCode ? `${kind}:${regionCode}:${departmentCode}` : `${kind}:${regionCode}`;

const day = (d: Date) => d.toISOString().slice(0, 10);
const inForce = (d: DelegationForRouting, at: string) =>
  day(d.effectiveFrom) <= at && (d.effectiveUntil === null || at < day(d.effectiveUntil));
const covers = (d: DelegationForRouting, township: string) => d.target === 'all_townships' || d.townshipCodes.includes(township);

/** The delegation in force on `at` that covers the township and was taken up, if any. */
export const delegationInForce = (delegations: DelegationForRouting[], township: string, at: string) =>
  delegations.find((d) => covers(d, township) && inForce(d, at) && d.takenUp);

export function decideQueue(input: {
  matter: { level: number; departmentCode: string };
  /** A township (9 digits) or village (12 digits) code; a county code (6) when the applicant gave no more. */
  regionCode: string;
  /** The village code of the station serving the applicant's village (null: not a village, or no station). */
  station: string | null;
  /** The date of submission, YYYY-MM-DD (China time). */
  at: string;
  delegations: DelegationForRouting[];
}): RouteDecision {
  const { matter, regionCode, at } = input;
  const county = regionCode.slice(0, 6);
  const township = regionCode.length >= 9 ? regionCode.slice(0, 9) : null;
  const village = regionCode.length === 12 ? regionCode : null;
  const department = (reason: RouteReason): RouteDecision =>
    matter.level === 3
      ? { queue: { id: queueId('city_department', regionCode.slice(0, 4), matter.departmentCode), kind: 'city_department', regionCode: regionCode.slice(0, 4), departmentCode: matter.departmentCode }, reason: { code: 'city_level' } }
      : { queue: { id: queueId('county_department', county, matter.departmentCode), kind: 'county_department', regionCode: county, departmentCode: matter.departmentCode }, reason };

  if (matter.level === 3) return department({ code: 'city_level' });
  const station = village ? input.station : null;
  if (matter.level === 6 && station) {
    return { queue: { id: queueId('village', station), kind: 'village', regionCode: station, departmentCode: null }, reason: { code: 'village_level', villageCode: village as string } };
  }
  if (!township) return department({ code: 'no_township' });

  const relevant = input.delegations.filter((d) => covers(d, township));
  const current = relevant.filter((d) => inForce(d, at));
  const takenUp = current.find((d) => d.takenUp);
  if (takenUp) {
    const toVillages = takenUp.target === 'villages' && station !== null;
    return {
      queue: toVillages
        ? { id: queueId('village', station), kind: 'village', regionCode: station, departmentCode: null }
        : { id: queueId('township', township), kind: 'township', regionCode: township, departmentCode: null },
      reason: { code: 'delegated', delegationId: takenUp.id, documentNo: takenUp.documentNo, townshipCode: township, toVillages },
    };
  }
  if (current.length > 0) {
    return department({ code: 'not_taken_up', delegationId: current[0].id, documentNo: current[0].documentNo, townshipCode: township });
  }
  const ended = relevant
    .filter((d) => d.effectiveUntil !== null && day(d.effectiveUntil) <= at)
    .sort((a, b) => (b.effectiveUntil as Date).getTime() - (a.effectiveUntil as Date).getTime())[0];
  if (ended) {
    return department({ code: 'recalled', delegationId: ended.id, documentNo: ended.recallDocument ?? ended.documentNo, until: day(ended.effectiveUntil as Date) });
  }
  return department({ code: 'not_delegated' });
}
