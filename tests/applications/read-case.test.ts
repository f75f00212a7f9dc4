// readCase (one prepared statement straight to the driver) must give exactly what Prisma's relation query gives,
// for a case that has everything: two rounds of materials, a correction, a finished special procedure (a pause
// with both dates), an acceptance number and a timeline of several rows. Any field added to the models and missed
// by the direct read, or typed differently (a date as text, an id as a number), fails here.
import { manualClock } from '../../src-server/platform/clock';
import { readCase, readCaseWithPrisma } from '../../src-server/applications/read-case';
import { startTestApp, type TestApp } from '../support/app';
import { applicationBody, delegatedMatter, firstTownship, HUAXIAN, residentWithProfile, uploadedFile } from '../support/cases';
import { bearer, staffToken } from '../support/people';

const clock = manualClock('2026-12-07T02:00:00Z');
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ seedRegions: true, seedCatalog: true, clock });
});
afterAll(() => t.close());

it('reads a case exactly as Prisma reads it, whatever it has been through', async () => {
  const matter = await delegatedMatter(t);
  const township = await firstTownship(t, HUAXIAN);
  const resident = await residentWithProfile(t, 'read-case-resident', township);
  const clerk = () => staffToken(t, { username: `clerk-${township}`, displayName: '窗口', role: 'clerk', scopes: [{ kind: 'township', regionCode: township, departmentCode: null }] });
  const body = await applicationBody(t, matter, resident);
  const id: string = (await t.request.post('/api/applications').set(bearer(resident.token)).set('Idempotency-Key', 'read-case-0001').send(body).expect(201)).body.id;
  const ctx = t.services.system('read-case-test');
  const same = async () => {
    const direct = await readCase(ctx, id);
    expect(direct).toEqual(await readCaseWithPrisma(ctx, id));
    return direct!;
  };
  await same();

  let token = await clerk();
  const act = (action: object) => t.request.post(`/api/applications/${id}/actions`).set(bearer(token)).send(action).expect(200);
  await t.request.post(`/api/applications/${id}/claim`).set(bearer(token)).expect(200);
  const material = body.materials[0];
  await act({ action: 'request_correction', items: [{ kind: 'material', materialId: material.materialId, note: '照片模糊，请重新拍摄' }] });
  expect((await same()).correction).not.toBeNull();
  const fresh = await uploadedFile(t, { kind: 'resident', id: resident.id }, 'read-case-clear');
  await t.request.post(`/api/applications/${id}/supplement`).set(bearer(resident.token)).send({ materials: [{ materialId: material.materialId, uploadIds: [fresh] }] }).expect(200);
  await act({ action: 'accept' });
  await act({ action: 'special_start', procedure: 'inspection', expectedDays: 3 });
  clock.set('2026-12-10T02:00:00Z');
  token = await clerk();
  await act({ action: 'special_end' });
  await act({ action: 'finish', result: { certificateNo: 'HX2026-0099', delivery: '窗口领取' } });

  const record = await same();
  expect(record.materials.map((m) => m.round)).toEqual([0, 1]);
  expect(record.pauses.map((p) => p.kind)).toEqual(['correction', 'special']);
  expect(record.pauses.every((p) => p.startDate instanceof Date && p.endDate instanceof Date)).toBe(true);
  expect(record.events.map((e) => typeof e.id)).toEqual(record.events.map(() => 'bigint'));
  expect(record.events.length).toBeGreaterThanOrEqual(7);
  expect(record.acceptanceNo).toMatch(/^410526-SL-2026-\d{6}$/);
  expect(await readCase(ctx, '00000000-0000-4000-8000-000000000000')).toBeNull();
});
