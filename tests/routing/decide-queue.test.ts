import { decideQueue, type DelegationForRouting } from '../../src-server/routing/decide-queue';

const shuiye = '410505101'; // 殷都区 水冶镇
const village = '410505101001';
const base = { matter: { level: 4, departmentCode: 'mz' }, regionCode: shuiye, station: village as string | null, at: '2024-06-01' };
const delegation = (over: Partial<DelegationForRouting> = {}): DelegationForRouting => ({
  id: 'd1', target: 'townships', townshipCodes: [shuiye], documentNo: '安殷编〔2021〕6号',
  effectiveFrom: new Date('2021-07-01'), effectiveUntil: null, takenUp: true, recallDocument: null, ...over,
});

describe('decideQueue', () => {
  it('sends a county matter to the county department when nothing is delegated', () => {
    expect(decideQueue({ ...base, delegations: [] })).toEqual({
      queue: { id: 'county_department:410505:mz', kind: 'county_department', regionCode: '410505', departmentCode: 'mz' },
      reason: { code: 'not_delegated' },
    });
  });

  it('sends it to the township centre under a delegation in force that was taken up', () => {
    const decision = decideQueue({ ...base, regionCode: village, delegations: [delegation()] });
    expect(decision.queue).toEqual({ id: `township:${shuiye}`, kind: 'township', regionCode: shuiye, departmentCode: null });
    expect(decision.reason).toMatchObject({ code: 'delegated', documentNo: '安殷编〔2021〕6号', toVillages: false });
  });

  it('covers every township with an all-townships delegation, and not other townships with a list', () => {
    expect(decideQueue({ ...base, regionCode: '410505001', delegations: [delegation({ target: 'all_townships', townshipCodes: [] })] }).queue.kind).toBe('township');
    expect(decideQueue({ ...base, regionCode: '410505001', delegations: [delegation()] }).queue.kind).toBe('county_department');
  });

  it('keeps cases at the county when the township has not taken the power up', () => {
    expect(decideQueue({ ...base, delegations: [delegation({ takenUp: false })] }).reason).toMatchObject({ code: 'not_taken_up' });
  });

  it('honours the dates: before the effective date and from the recall date the county department works it', () => {
    const recalled = delegation({ effectiveUntil: new Date('2023-01-01'), recallDocument: '安殷编〔2022〕15号' });
    expect(decideQueue({ ...base, at: '2021-06-30', delegations: [delegation()] }).reason.code).toBe('not_delegated');
    expect(decideQueue({ ...base, at: '2022-12-31', delegations: [recalled] }).queue.kind).toBe('township');
    expect(decideQueue({ ...base, at: '2023-01-01', delegations: [recalled] })).toMatchObject({
      queue: { kind: 'county_department' },
      reason: { code: 'recalled', documentNo: '安殷编〔2022〕15号', until: '2023-01-01' },
    });
  });

  it('sends village-level matters to the village station, and down-to-village delegations too', () => {
    expect(decideQueue({ ...base, matter: { level: 6, departmentCode: 'mz' }, regionCode: village, delegations: [] }).queue).toEqual({
      id: `village:${village}`, kind: 'village', regionCode: village, departmentCode: null,
    });
    expect(decideQueue({ ...base, regionCode: village, delegations: [delegation({ target: 'villages' })] }).queue.kind).toBe('village');
    // Without a station the village-level matter goes up the chain.
    expect(decideQueue({ ...base, matter: { level: 6, departmentCode: 'mz' }, regionCode: village, station: null, delegations: [] }).queue.kind).toBe('county_department');
    // A village without its own station: the station the county's list names for it.
    const neighbour = '410505101002';
    expect(decideQueue({ ...base, matter: { level: 6, departmentCode: 'mz' }, regionCode: neighbour, station: village, delegations: [] }).queue.id).toBe(`village:${village}`);
    expect(decideQueue({ ...base, regionCode: neighbour, station: village, delegations: [delegation({ target: 'villages' })] }).queue.id).toBe(`village:${village}`);
  });

  it('sends city-level matters to the city department', () => {
    expect(decideQueue({ ...base, matter: { level: 3, departmentCode: 'gjj' }, delegations: [delegation()] }).queue).toEqual({
      id: 'city_department:4105:gjj', kind: 'city_department', regionCode: '4105', departmentCode: 'gjj',
    });
  });
});
