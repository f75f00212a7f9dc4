// Bad input on every application and queue route answers 4xx in the contract's format, with a Chinese message a
// person can act on, and changes nothing in the database.
import { manualClock } from '../../src-server/platform/clock';
import { startTestApp, type TestApp } from '../support/app';
import { applicationBody, delegatedMatter, firstTownship, HUAXIAN, residentWithProfile, uploadedFile, type Resident } from '../support/cases';
import { bearer, residentToken, staffToken } from '../support/people';

const clock = manualClock('2026-12-07T02:00:00Z');
let t: TestApp;
let matter: Awaited<ReturnType<typeof delegatedMatter>>;
let resident: Resident;
let township: string;
let clerk: string;
let caseId: string;
let body: Awaited<ReturnType<typeof applicationBody>>;

beforeAll(async () => {
  t = await startTestApp({ seedRegions: true, seedCatalog: true, clock });
  matter = await delegatedMatter(t);
  township = await firstTownship(t, HUAXIAN);
  resident = await residentWithProfile(t, 'bad-input-resident', township);
  body = await applicationBody(t, matter, resident);
  caseId = (await t.request.post('/api/applications').set(bearer(resident.token)).set('Idempotency-Key', 'bad-input-base').send(body).expect(201)).body.id;
  clerk = await staffToken(t, { username: 'bad-input-clerk', displayName: '窗口', role: 'clerk', scopes: [{ kind: 'township', regionCode: township, departmentCode: null }] });
  await t.request.post(`/api/applications/${caseId}/claim`).set(bearer(clerk)).expect(200);
});
afterAll(() => t.close());

/** Row counts of everything a request could change. */
async function snapshot() {
  const p = t.db.prisma;
  const [applications, events, materials, pauses, drafts, years, app] = await Promise.all([
    p.application.count(), p.applicationEvent.count(), p.applicationMaterial.count(), p.applicationPause.count(),
    p.applicationDraft.count(), p.holidayYear.count(), p.application.findUnique({ where: { id: caseId }, select: { status: true, revision: true, claimedBy: true } }),
  ]);
  return { applications, events, materials, pauses, drafts, years, app };
}

const chinese = /[\u4e00-\u9fa5]/;
let key = 0;
const submit = (b: unknown, token = resident.token) =>
  t.request.post('/api/applications').set(bearer(token)).set('Idempotency-Key', `bad-input-${++key}-xxxx`).send(b as object);

async function refused(send: () => Promise<{ status: number; body: { error?: { code: string; message: string; details?: { field: string; message: string }[] } } }>, status: number, field?: string) {
  const before = await snapshot();
  const res = await send();
  expect(res.status).toBe(status);
  expect(res.body.error?.message).toMatch(chinese);
  if (field) expect(res.body.error?.details?.map((d) => d.field)).toContain(field);
  for (const d of res.body.error?.details ?? []) expect(d.message).toMatch(chinese);
  expect(await snapshot()).toEqual(before);
  return res.body.error!;
}

describe('submitting', () => {
  it('an empty body names every missing part', async () => {
    const error = await refused(() => submit({}), 400);
    expect(error.details!.map((d) => d.field)).toEqual(expect.arrayContaining(['matterId', 'form', 'materials']));
  });
  it('a malformed matter id, region or key', async () => {
    await refused(() => submit({ ...body, matterId: 'not-a-uuid' }), 400, 'matterId');
    await refused(() => submit({ ...body, regionCode: '123' }), 400, 'regionCode');
    await refused(() => t.request.post('/api/applications').set(bearer(resident.token)).set('Idempotency-Key', 'abc').send(body), 400, 'Idempotency-Key');
  });
  it('a matter that does not exist is 404', async () => {
    await refused(() => submit({ ...body, matterId: '00000000-0000-4000-8000-000000000000' }), 404);
  });
  it('a form that breaks the matter’s schema names the field', async () => {
    const field = matter.content.form.find((f) => f.required)!;
    const wrong = field.type === 'select' ? 'not-an-option' : field.type === 'number' ? 'abc' : '';
    await refused(() => submit({ ...body, form: { ...body.form, [field.key]: wrong } }), 400, `form.${field.key}`);
    await refused(() => submit({ ...body, form: { ...body.form, smuggled: '1' } }), 400, 'form');
  });
  it('a required material missing, a file that is not mine, a situation of another matter', async () => {
    const [first, ...rest] = body.materials;
    await refused(() => submit({ ...body, materials: rest }), 400, `materials.${first.materialId}`);
    const stranger = await residentToken(t, 'bad-input-stranger');
    const theirs = await uploadedFile(t, { kind: 'resident', id: stranger.id });
    await refused(() => submit({ ...body, materials: [{ materialId: first.materialId, uploadIds: [theirs] }, ...rest] }), 400, 'materials');
    if (matter.content.situations.length > 0) await refused(() => submit({ ...body, situationId: 'no-such-situation' }), 400, 'situationId');
  });
  it('a resident without a real-name profile is told to fill it in (422)', async () => {
    const { token } = await residentToken(t, 'bad-input-no-profile');
    const error = await refused(() => submit(body, token), 422);
    expect(error.message).toContain('实名信息');
  });
});

describe('clerk actions', () => {
  it('an unknown action, or one without what the law requires', async () => {
    await refused(() => t.request.post(`/api/applications/${caseId}/actions`).set(bearer(clerk)).send({ action: 'approve' }), 400);
    await refused(() => t.request.post(`/api/applications/${caseId}/actions`).set(bearer(clerk)).send({ action: 'request_correction', items: [] }), 400, 'items');
    await refused(() => t.request.post(`/api/applications/${caseId}/actions`).set(bearer(clerk)).send({ action: 'reject', reason: '材料不全不予受理' }), 400, 'legalBasis');
    await refused(() => t.request.post(`/api/applications/${caseId}/actions`).set(bearer(clerk)).send({ action: 'transfer', targetQueueId: 'township:999999999', reason: '不归我们管' }), 400, 'targetQueueId');
    await refused(() => t.request.post(`/api/applications/${caseId}/actions`).set(bearer(clerk)).send({ action: 'request_correction', items: [{ kind: 'field', field: 'noSuchField', note: '请补充' }] }), 400, 'items.0');
  });
  it('an action the state does not allow is 409 and changes nothing', async () => {
    const error = await refused(() => t.request.post(`/api/applications/${caseId}/actions`).set(bearer(clerk)).send({ action: 'finish', result: { delivery: '窗口领取' } }), 409);
    expect(error.message).toContain('待受理');
    await refused(() => t.request.post(`/api/applications/${caseId}/actions`).set(bearer(clerk)).send({ action: 'special_end' }), 409);
    await refused(() => t.request.post(`/api/applications/${caseId}/supplement`).set(bearer(resident.token)).send({ materials: [] }), 409);
  });
  it('a stale revision is 409', async () => {
    await refused(() => t.request.post(`/api/applications/${caseId}/actions`).set(bearer(clerk)).send({ action: 'accept', revision: 0 }), 409);
  });
  it('a special procedure needs its kind and a length', async () => {
    await refused(() => t.request.post(`/api/applications/${caseId}/actions`).set(bearer(clerk)).send({ action: 'special_start', procedure: 'hearing', expectedDays: 0 }), 400, 'expectedDays');
  });
});

describe('other routes', () => {
  it('queues, drafts and the calendar refuse what they cannot use', async () => {
    await refused(() => t.request.get(`/api/queues/township:${township}/applications?status=done`).set(bearer(clerk)), 400, 'query.status');
    await refused(() => t.request.get('/api/queues/DROP TABLE/applications').set(bearer(clerk)), 400);
    await refused(() => t.request.put(`/api/applications/drafts/${matter.id}`).set(bearer(resident.token)).send({ step: 'payment', version: 1, form: {}, materials: [] }), 400, 'step');
    await refused(() => t.request.get(`/api/applications/drafts/${matter.id}`).set(bearer(resident.token)), 404);
    const admin = await staffToken(t, { username: 'bad-input-admin', displayName: '市管理员', role: 'city_admin', scopes: [{ kind: 'city', regionCode: '4105', departmentCode: null }] });
    await refused(() => t.request.put('/api/admin/calendar/2027').set(bearer(admin)).send({ holidays: ['2027-13-01'], workdays: [], notice: '国办发明电〔2026〕1号' }), 400, 'holidays');
    await refused(() => t.request.put('/api/admin/calendar/2027').set(bearer(admin)).send({ holidays: [], workdays: ['2027-01-04'], notice: '国办发明电〔2026〕1号' }), 400, 'workdays');
    await refused(() => t.request.put('/api/admin/calendar/1999').set(bearer(admin)).send({ holidays: [], workdays: [], notice: '国办发明电〔2026〕1号' }), 400, 'params.year');
  });
});
