// The statutory clocks as clerks and residents see them through the API (deemed acceptance, flags, a special
// procedure added back), and the ways a case is filed and moved: station 代办, 亲情代办, transfer, withdrawal.
import { addWorkingDays, createWorkCalendar } from '../../src-shared/calendar/working-days';
import { manualClock } from '../../src-server/platform/clock';
import { startTestApp, type TestApp } from '../support/app';
import { applicationBody, BEIGUAN, delegatedMatter, firstTownship, HUAXIAN, residentWithProfile, uploadedFile, type Resident } from '../support/cases';
import { bearer, idNumber, staffToken } from '../support/people';

const clock = manualClock('2026-12-07T02:00:00Z'); // Monday
const cal = createWorkCalendar();
let t: TestApp;
let matter: Awaited<ReturnType<typeof delegatedMatter>>;
let township: string;
let resident: Resident;
let n = 0;

beforeAll(async () => {
  t = await startTestApp({ seedRegions: true, seedCatalog: true, clock });
  matter = await delegatedMatter(t);
  township = await firstTownship(t, HUAXIAN);
  resident = await residentWithProfile(t, 'clock-resident', township);
});
afterAll(() => t.close());

const clerk = () => staffToken(t, { username: `clock-clerk-${township}`, displayName: '道口镇窗口', role: 'clerk', scopes: [{ kind: 'township', regionCode: township, departmentCode: null }] });
async function submitted(who = resident) {
  const body = await applicationBody(t, matter, who);
  return (await t.request.post('/api/applications').set(bearer(who.token)).set('Idempotency-Key', `clock-case-${++n}-xxxx`).send(body).expect(201)).body;
}
const act = async (id: string, token: string, body: object, status = 200) =>
  (await t.request.post(`/api/applications/${id}/actions`).set(bearer(token)).send(body).expect(status)).body;

it('counts a case not accepted in 5 working days as accepted from receipt (art. 32), red in the queue', async () => {
  clock.set('2026-12-07T02:00:00Z');
  const c = await submitted();
  expect(c.acceptDue).toBe('2026-12-14');
  clock.set('2026-12-09T02:00:00Z'); // working day 2: no flag yet
  let token = await clerk();
  let queue = (await t.request.get('/api/queues').set(bearer(token)).expect(200)).body.find((q: { id: string }) => q.id === c.queue.id);
  expect(queue.counts).toMatchObject({ yellow: 0, red: 0 });
  clock.set('2026-12-10T02:00:00Z'); // day 3: the warning
  token = await clerk();
  const list = (await t.request.get(`/api/queues/${c.queue.id}/applications`).set(bearer(token)).expect(200)).body.items;
  expect(list.find((i: { id: string }) => i.id === c.id).flag).toBe('warning');
  clock.set('2026-12-15T02:00:00Z'); // past the deadline
  token = await clerk();
  queue = (await t.request.get('/api/queues').set(bearer(token)).expect(200)).body.find((q: { id: string }) => q.id === c.queue.id);
  expect(queue.counts.acceptAlarm).toBeGreaterThanOrEqual(1);
  const seen = (await t.request.get(`/api/applications/${c.id}`).set(bearer(resident.token)).expect(200)).body;
  expect(seen.clock).toMatchObject({ deemedAccepted: true, overdue: true });
  await t.request.post(`/api/applications/${c.id}/claim`).set(bearer(token)).expect(200);
  const accepted = await act(c.id, token, { action: 'accept' });
  expect(accepted.clock.finishDue).toBe(addWorkingDays(cal, '2026-12-07', c.promiseDays));
  expect(accepted.timeline.at(-1).note).toContain('视为受理');
});

it('stops the finish clock during a special procedure and adds its working days back', async () => {
  clock.set('2026-12-07T02:00:00Z');
  const c = await submitted();
  const token = await clerk();
  await t.request.post(`/api/applications/${c.id}/claim`).set(bearer(token)).expect(200);
  const accepted = await act(c.id, token, { action: 'accept' });
  const due = accepted.clock.finishDue as string;
  expect(due).toBe(addWorkingDays(cal, '2026-12-07', c.promiseDays));
  const started = await act(c.id, token, { action: 'special_start', procedure: 'inspection', expectedDays: 3 });
  expect(started).toMatchObject({ status: 'special', clock: { paused: true } });
  expect(started.timeline.at(-1).note).toContain('现场核查');
  clock.set('2026-12-10T02:00:00Z'); // it ran from the day of 受理 to 12-10: working days 12-08 and 12-09 did not count
  const token2 = await clerk();
  const ended = await act(c.id, token2, { action: 'special_end' });
  expect(ended.status).toBe('accepted');
  expect(ended.clock.finishDue).toBe(addWorkingDays(cal, due, 2));
});

it('lets a village station file for a resident present, with consent; the resident follows the case', async () => {
  clock.set('2026-12-07T02:00:00Z');
  const village = (await t.db.prisma.region.findFirstOrThrow({ where: { parentCode: township, level: 'village' }, orderBy: { code: 'asc' } })).code;
  const station = await staffToken(t, { username: `station-${village}`, displayName: '某村便民服务站', role: 'clerk', scopes: [{ kind: 'village', regionCode: village, departmentCode: null }] });
  const stationId = (await t.db.prisma.staffAccount.findUniqueOrThrow({ where: { username: `station-${village}` } })).id;
  const body = await applicationBody(t, matter, resident);
  const materials = [];
  for (const m of body.materials) materials.push({ materialId: m.materialId, uploadIds: [await uploadedFile(t, { kind: 'staff', id: stationId })] });
  const onBehalf = { kind: 'station', applicant: { name: '张秀兰', idNumber: resident.idNumber, phone: '13800138000' }, consent: { method: 'signature', note: '本人到站，在代办委托书上签字' } };
  const filed = await t.request.post('/api/applications').set(bearer(station)).set('Idempotency-Key', 'station-filing-0001').send({ ...body, materials, onBehalf, regionCode: village }).expect(201);
  expect(filed.body).toMatchObject({ filedAs: 'station', filedBy: '某村便民服务站代办', consent: { method: 'signature' } });
  const mine = (await t.request.get('/api/applications').set(bearer(resident.token)).expect(200)).body.items;
  expect(mine.map((i: { id: string }) => i.id)).toContain(filed.body.id);
  // Without consent, or by a resident posing as a station, nothing is filed.
  await t.request.post('/api/applications').set(bearer(station)).set('Idempotency-Key', 'station-filing-0002').send({ ...body, materials, onBehalf: { ...onBehalf, consent: undefined } }).expect(400);
  await t.request.post('/api/applications').set(bearer(resident.token)).set('Idempotency-Key', 'station-filing-0003').send({ ...body, onBehalf }).expect(403);
});

it('lets a resident file for a bound family member (亲情代办), and the case says so', async () => {
  const member = await t.request.post('/api/me/family').set(bearer(resident.token)).send({ name: '张小明', idNumber: idNumber('20120501', '017', HUAXIAN), relation: '子女' }).expect(201);
  const body = await applicationBody(t, matter, resident);
  const res = await t.request.post('/api/applications').set(bearer(resident.token)).set('Idempotency-Key', 'family-filing-0001')
    .send({ ...body, onBehalf: { kind: 'family', familyMemberId: member.body.id } }).expect(201);
  expect(res.body).toMatchObject({ filedAs: 'family', filedBy: '张秀兰（亲情代办）', applicant: { name: '张小明' } });
  // An adult's binding waits for their consent: until then nobody files for them, and nothing is filed.
  const adult = await t.request.post('/api/me/family').set(bearer(resident.token)).send({ name: '张大明', idNumber: idNumber('19400501', '019', HUAXIAN), relation: '父母' }).expect(201);
  expect(adult.body.status).toBe('pending');
  const before = await t.db.prisma.application.count();
  const refused = await t.request.post('/api/applications').set(bearer(resident.token)).set('Idempotency-Key', 'family-filing-0002')
    .send({ ...body, onBehalf: { kind: 'family', familyMemberId: adult.body.id } }).expect(422);
  expect(refused.body.error).toMatchObject({ code: 'family_pending', message: expect.stringContaining('还没有确认绑定') });
  expect(await t.db.prisma.application.count()).toBe(before);
});

it('transfers within the county with a reason, never across counties by a clerk; the resident withdraws before 受理', async () => {
  clock.set('2026-12-07T02:00:00Z');
  const c = await submitted();
  const token = await clerk();
  await t.request.post(`/api/applications/${c.id}/claim`).set(bearer(token)).expect(200);
  const targets = (await t.request.get(`/api/applications/${c.id}/transfer-targets`).set(bearer(token)).expect(200)).body as { id: string }[];
  expect(targets.every((q) => q.id.includes(HUAXIAN))).toBe(true);
  const far = `county_department:${BEIGUAN}:${matter.departmentCode}`;
  await act(c.id, token, { action: 'transfer', targetQueueId: far, reason: '申请人住在北关区' }, 403);
  const near = `county_department:${HUAXIAN}:${matter.departmentCode}`;
  const moved = await act(c.id, token, { action: 'transfer', targetQueueId: near, reason: '涉及跨乡镇核查，转县直部门办理' });
  expect(moved).toMatchObject({ queue: { id: near }, claimedBy: null });
  await t.request.get(`/api/applications/${c.id}`).set(bearer(token)).expect(404); // no longer in the township's queues
  const seen = (await t.request.get(`/api/applications/${c.id}/`).set(bearer(resident.token)).expect(200)).body;
  expect(seen.timeline.at(-1).note).toContain('转县直部门办理');
  const withdrawn = await t.request.post(`/api/applications/${c.id}/withdraw`).set(bearer(resident.token)).send({ reason: '已在线下办理' }).expect(200);
  expect(withdrawn.body).toMatchObject({ status: 'withdrawn', outcome: { kind: 'withdrawn', reason: '已在线下办理' }, allowedActions: [] });
});
