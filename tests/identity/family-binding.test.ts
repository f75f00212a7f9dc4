// Family binding (亲情代办) that means something: not oneself, one person once, relation and birth dates agree;
// only a minor child is bound at once, anyone else after they confirm (own account or station with consent);
// the record says how, when and by whom; bad input changes nothing.
import { manualClock } from '../../src-server/platform/clock';
import { startTestApp, type TestApp } from '../support/app';
import { bearer, idNumber, residentToken, staff, staffToken, villageOfX } from '../support/people';

const clock = manualClock('2026-12-07T02:00:00Z');
let t: TestApp;
let parent: { token: string; id: string };
const parentId = idNumber('19800101', '111');
const childMinor = idNumber('20120301', '112'); // 14 on 2026-12-07
const childAdult = idNumber('20050101', '113'); // 21
const grandpa = idNumber('19500101', '115');
const turns18Tomorrow = idNumber('20081208', '116');

const add = (token: string, body: Record<string, unknown>) => t.request.post('/api/me/family').set(bearer(token)).send(body);
const profile = (token: string, name: string, id: string) =>
  t.request.put('/api/me/profile').set(bearer(token)).send({ name, idNumber: id, phone: '13800138000', regionCode: villageOfX }).expect(200);
const snapshot = async () => ({
  rows: await t.db.prisma.familyMember.findMany({ orderBy: { id: 'asc' } }),
  audits: await t.db.prisma.auditEvent.count({ where: { action: { startsWith: 'family.' } } }),
});

beforeAll(async () => {
  t = await startTestApp({ seedRegions: true, clock });
  parent = await residentToken(t, 'fb-parent');
});
afterAll(() => t.close());

it('asks for the resident’s own real-name profile first', async () => {
  const res = await add(parent.token, { name: '王小宝', idNumber: childMinor, relation: '子女' }).expect(422);
  expect(res.body.error).toMatchObject({ code: 'profile_incomplete', message: expect.stringContaining('实名信息') });
  await profile(parent.token, '王大山', parentId);
});

it('refuses one’s own ID number, a relation the birth dates contradict and an underage spouse, changing nothing', async () => {
  const before = await snapshot();
  const self = await add(parent.token, { name: '王大山', idNumber: parentId, relation: '其他' }).expect(400);
  expect(self.body.error.message).toBe('不能把您本人的身份证号绑定为家庭成员');
  const olderChild = await add(parent.token, { name: '王老', idNumber: grandpa, relation: '子女' }).expect(400);
  expect(olderChild.body.error.message).toContain('子女的出生日期应晚于您本人');
  const youngerParent = await add(parent.token, { name: '王小宝', idNumber: childMinor, relation: '父母' }).expect(400);
  expect(youngerParent.body.error.message).toContain('父母的出生日期应早于您本人');
  const spouse = await add(parent.token, { name: '王小宝', idNumber: childMinor, relation: '配偶' }).expect(400);
  expect(spouse.body.error.message).toContain('法定婚龄');
  expect(await snapshot()).toEqual(before);
});

it('binds a minor child at once (guardian) and records how, when and by whom', async () => {
  const res = await add(parent.token, { name: '王小宝', idNumber: childMinor, relation: '子女' }).expect(201);
  expect(res.body).toMatchObject({ status: 'active', bindMethod: 'guardian', boundAt: '2026-12-07T02:00:00.000Z' });
  const row = await t.db.prisma.familyMember.findUniqueOrThrow({ where: { id: res.body.id } });
  expect(row).toMatchObject({ status: 'active', bindMethod: 'guardian', boundByResidentId: parent.id, boundByStaffId: null });
  // The same person again, under another relation: refused, nothing changed.
  const before = await snapshot();
  const again = await add(parent.token, { name: '王小宝', idNumber: childMinor, relation: '其他' }).expect(409);
  expect(again.body.error.message).toBe('这位家庭成员已经以“子女”绑定过了，同一人只能绑定一次');
  expect(await snapshot()).toEqual(before);
});

it('keeps an adult child pending until that person accepts from their own account', async () => {
  const res = await add(parent.token, { name: '王大宝', idNumber: childAdult, relation: '子女' }).expect(201);
  expect(res.body).toMatchObject({ status: 'pending', bindMethod: null, boundAt: null });
  const child = await residentToken(t, 'fb-adult-child');
  // Without a profile, nothing names them; someone else with a profile sees nothing either.
  expect((await t.request.get('/api/me/family/requests').set(bearer(child.token)).expect(200)).body).toEqual([]);
  const stranger = await residentToken(t, 'fb-stranger');
  await profile(stranger.token, '李四', idNumber('19900101', '117'));
  expect((await t.request.get('/api/me/family/requests').set(bearer(stranger.token)).expect(200)).body).toEqual([]);
  await t.request.post(`/api/me/family/requests/${res.body.id}/accept`).set(bearer(stranger.token)).expect(404);

  await profile(child.token, '王大宝', childAdult);
  const requests = (await t.request.get('/api/me/family/requests').set(bearer(child.token)).expect(200)).body;
  expect(requests).toEqual([{ id: res.body.id, requesterName: '王大山', relation: '子女', createdAt: expect.any(String) }]);
  clock.set('2026-12-08T03:00:00Z');
  await t.request.post(`/api/me/family/requests/${res.body.id}/accept`).set(bearer(child.token)).expect(204);
  await t.request.post(`/api/me/family/requests/${res.body.id}/accept`).set(bearer(child.token)).expect(404);
  const row = await t.db.prisma.familyMember.findUniqueOrThrow({ where: { id: res.body.id } });
  expect(row).toMatchObject({ status: 'active', bindMethod: 'confirmed', boundByResidentId: child.id, boundAt: new Date('2026-12-08T03:00:00Z') });
  expect(await t.db.prisma.auditEvent.count({ where: { action: 'family.confirm', subjectId: res.body.id, actorId: child.id } })).toBe(1);
  const listed = (await t.request.get('/api/me/family').set(bearer(parent.token)).expect(200)).body;
  expect(listed.find((m: { id: string }) => m.id === res.body.id)).toMatchObject({ status: 'active', bindMethod: 'confirmed' });
});

it('treats a child who turns 18 tomorrow as a minor today, and lets the person decline', async () => {
  clock.set('2026-12-07T15:59:00Z'); // 23:59 in Anyang, the day before the 18th birthday
  const teen = await add(parent.token, { name: '王三宝', idNumber: turns18Tomorrow, relation: '子女' }).expect(201);
  expect(teen.body.status).toBe('active');
  const pending = await add(parent.token, { name: '王老汉', idNumber: grandpa, relation: '父母' }).expect(201);
  expect(pending.body.status).toBe('pending');
  const old = await residentToken(t, 'fb-grandpa');
  await profile(old.token, '王老汉', grandpa);
  await t.request.post(`/api/me/family/requests/${pending.body.id}/maybe`).set(bearer(old.token)).expect(400);
  await t.request.post(`/api/me/family/requests/${pending.body.id}/decline`).set(bearer(old.token)).expect(204);
  expect(await t.db.prisma.familyMember.count({ where: { id: pending.body.id } })).toBe(0);
});

it('lets a station clerk confirm in person with the ID number and a recorded consent', async () => {
  const aunt = idNumber('19700101', '118');
  const res = await add(parent.token, { name: '王姑', idNumber: aunt, relation: '其他' }).expect(201);
  const clerk = await staffToken(t, staff.clerkX);
  const county = await staffToken(t, staff.countyAdmin);
  const consent = { method: 'signature', note: '本人到站，在绑定确认书上签字' };
  const found = (await t.request.post('/api/staff/family-bindings/lookup').set(bearer(clerk)).send({ idNumber: aunt }).expect(200)).body;
  expect(found).toEqual([expect.objectContaining({ id: res.body.id, requesterName: '王大山', memberName: '王姑', status: 'pending' })]);
  expect(JSON.stringify(found)).not.toContain(parentId);
  // A county admin is not a station; the wrong ID number or no consent finds nothing to change.
  await t.request.post(`/api/staff/family-bindings/${res.body.id}/confirm`).set(bearer(county)).send({ idNumber: aunt, consent }).expect(403);
  const before = await snapshot();
  await t.request.post(`/api/staff/family-bindings/${res.body.id}/confirm`).set(bearer(clerk)).send({ idNumber: childAdult, consent }).expect(404);
  const noConsent = await t.request.post(`/api/staff/family-bindings/${res.body.id}/confirm`).set(bearer(clerk)).send({ idNumber: aunt }).expect(400);
  expect(noConsent.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
  expect(await snapshot()).toEqual(before);
  await t.request.post(`/api/staff/family-bindings/${res.body.id}/confirm`).set(bearer(clerk)).send({ idNumber: aunt, consent }).expect(204);
  const row = await t.db.prisma.familyMember.findUniqueOrThrow({ where: { id: res.body.id } });
  const clerkRow = await t.db.prisma.staffAccount.findUniqueOrThrow({ where: { username: staff.clerkX.username } });
  expect(row).toMatchObject({ status: 'active', bindMethod: 'station', boundByStaffId: clerkRow.id, consent });
});
