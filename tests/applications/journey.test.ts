// The heart of the product, end to end through the HTTP API: a resident applies, the case reaches the queue the
// county's delegation list names, a clerk claims it, asks for one correction, the resident supplements, the
// clerk accepts and finishes; the resident sees every step, and nobody else sees the case.
import { manualClock } from '../../src-server/platform/clock';
import { startTestApp, type TestApp } from '../support/app';
import { applicationBody, BEIGUAN, delegatedMatter, firstTownship, HUAXIAN, residentWithProfile, uploadedFile, type Resident } from '../support/cases';
import { bearer, staffToken } from '../support/people';

const clock = manualClock('2026-12-07T02:00:00Z'); // Monday 10:00 in Anyang
let t: TestApp;
let matter: Awaited<ReturnType<typeof delegatedMatter>>;
let huaTownship: string;
let resident: Resident;

beforeAll(async () => {
  t = await startTestApp({ seedRegions: true, seedCatalog: true, clock });
  matter = await delegatedMatter(t);
  huaTownship = await firstTownship(t, HUAXIAN);
  resident = await residentWithProfile(t, 'journey-resident', huaTownship);
});
afterAll(() => t.close());

const clerkOf = (township: string, name = `clerk-${township}`) =>
  staffToken(t, { username: name, displayName: `${township}窗口`, role: 'clerk', scopes: [{ kind: 'township', regionCode: township, departmentCode: null }] });

describe('a 滑县 resident applies for a delegated matter', () => {
  let caseId: string;
  let submitted: Record<string, unknown>;
  let body: Awaited<ReturnType<typeof applicationBody>>;

  it('submits once: the case goes to the township centre with the delegation as its reason', async () => {
    body = await applicationBody(t, matter, resident);
    const res = await t.request.post('/api/applications').set(bearer(resident.token)).set('Idempotency-Key', 'journey-key-0001').send(body).expect(201);
    caseId = res.body.id;
    expect(res.body).toMatchObject({
      status: 'submitted',
      statusLabel: '待受理',
      queue: { id: `township:${huaTownship}`, kind: 'township' },
      routeReasonCode: 'delegated',
      delegationDocument: '滑编〔2021〕15号',
      acceptDue: '2026-12-14',
      filedBy: '申请人本人',
      applicant: { idNumber: resident.idNumber, masked: false },
    });
    expect(res.body.receiptNo).toMatch(/^410526-20261207-\d{6}$/);
    expect(res.body.routeReason).toContain('滑编〔2021〕15号');
    expect(res.body.timeline).toEqual([expect.objectContaining({ action: 'submit', from: null, to: 'submitted' })]);
    expect(res.body.timeline[0]).not.toHaveProperty('internalNote');
    expect(res.body.allowedActions).toEqual(['withdraw']);
    submitted = res.body;
  });

  it('answers the same case for the same key and body, 409 for another body, 400 without a key', async () => {
    const again = await t.request.post('/api/applications').set(bearer(resident.token)).set('Idempotency-Key', 'journey-key-0001').send(body).expect(201);
    // The first answer is built from what the submission wrote, the replay and GET read it back: all three agree.
    expect(again.body).toEqual(submitted);
    expect((await t.request.get(`/api/applications/${caseId}`).set(bearer(resident.token)).expect(200)).body).toEqual(submitted);
    const other = await t.request.post('/api/applications').set(bearer(resident.token)).set('Idempotency-Key', 'journey-key-0001').send({ ...body, form: { ...body.form, extra: 1 } }).expect(409);
    expect(other.body.error.message).toContain('提交编号');
    const none = await t.request.post('/api/applications').set(bearer(resident.token)).send(body).expect(400);
    expect(none.body.error.details[0].field).toBe('Idempotency-Key');
    expect(await t.db.prisma.application.count()).toBe(1);
  });

  it('shows in the township queue with counts; the list masks the applicant', async () => {
    const clerk = await clerkOf(huaTownship);
    const queues = await t.request.get('/api/queues').set(bearer(clerk)).expect(200);
    const mine = queues.body.find((q: { id: string }) => q.id === `township:${huaTownship}`);
    expect(mine.counts).toMatchObject({ submitted: 1, unclaimed: 1, red: 0 });
    const list = await t.request.get(`/api/queues/township:${huaTownship}/applications`).set(bearer(clerk)).expect(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ id: caseId, applicantName: '张**', dueDate: '2026-12-14', flag: 'none' });
    expect(list.body.items[0].applicantIdNumber).toMatch(/^4105\*+\d{3}[\dX]$/);
  });

  it('refuses an action before the claim, then claims the next case and sees the routing reason and full numbers', async () => {
    const clerk = await clerkOf(huaTownship);
    const early = await t.request.post(`/api/applications/${caseId}/actions`).set(bearer(clerk)).send({ action: 'accept' }).expect(409);
    expect(early.body.error.message).toContain('请先认领');
    const claimed = await t.request.post(`/api/queues/township:${huaTownship}/claim`).set(bearer(clerk)).expect(200);
    expect(claimed.body).toMatchObject({ id: caseId, claimedByMe: true, applicant: { idNumber: resident.idNumber, masked: false } });
    expect(claimed.body.timeline[0].internalNote).toContain('分派依据');
    expect(claimed.body.allowedActions).toEqual(['accept', 'request_correction', 'reject', 'transfer', 'release']);
    await t.request.post(`/api/queues/township:${huaTownship}/claim`).set(bearer(clerk)).expect(204);
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'application.pii_view', subjectId: caseId } })).toBeGreaterThan(0);
  });

  it('asks for one correction; the resident sees exactly that item and supplements it', async () => {
    const clerk = await clerkOf(huaTownship);
    const material = body.materials[0];
    const asked = await t.request.post(`/api/applications/${caseId}/actions`).set(bearer(clerk))
      .send({ action: 'request_correction', items: [{ kind: 'material', materialId: material.materialId, note: '照片模糊，请重新拍摄' }] }).expect(200);
    expect(asked.body.status).toBe('correction');
    const seen = await t.request.get(`/api/applications/${caseId}`).set(bearer(resident.token)).expect(200);
    expect(seen.body.correction.items).toEqual([expect.objectContaining({ kind: 'material', materialId: material.materialId, note: '照片模糊，请重新拍摄' })]);
    expect(seen.body.allowedActions).toEqual(['supplement', 'withdraw']);
    expect(seen.body.clock.paused).toBe(true);

    const missing = await t.request.post(`/api/applications/${caseId}/supplement`).set(bearer(resident.token)).send({ materials: [] }).expect(400);
    expect(missing.body.error.details[0].message).toContain('请重新上传');
    const fresh = await uploadedFile(t, { kind: 'resident', id: resident.id }, 'clear-photo');
    const done = await t.request.post(`/api/applications/${caseId}/supplement`).set(bearer(resident.token))
      .send({ materials: [{ materialId: material.materialId, uploadIds: [fresh] }] }).expect(200);
    expect(done.body).toMatchObject({ status: 'submitted', correction: null });
    const files = done.body.materials.find((m: { materialId: string }) => m.materialId === material.materialId).files;
    expect(files.map((f: { round: number }) => f.round)).toEqual([0, 1]);
  });

  it('accepts and finishes with a certificate number; the resident sees every step', async () => {
    clock.set('2026-12-08T02:00:00Z'); // the next working day (a staff sign-in lasts a working day: sign in again)
    const clerk = await clerkOf(huaTownship);
    const accepted = await t.request.post(`/api/applications/${caseId}/actions`).set(bearer(clerk)).send({ action: 'accept' }).expect(200);
    expect(accepted.body.status).toBe('accepted');
    expect(accepted.body.acceptanceNo).toMatch(/^410526-SL-2026-\d{6}$/);
    expect(accepted.body.clock.finishDue).not.toBeNull();
    const withdraw = await t.request.post(`/api/applications/${caseId}/withdraw`).set(bearer(resident.token)).send({ reason: '不想办了' }).expect(409);
    expect(withdraw.body.error.message).toContain('已受理');
    const finished = await t.request.post(`/api/applications/${caseId}/actions`).set(bearer(clerk))
      .send({ action: 'finish', result: { certificateNo: 'HX2026-0001', delivery: '窗口领取' } }).expect(200);
    expect(finished.body).toMatchObject({ status: 'finished', outcome: { kind: 'finished', certificateNo: 'HX2026-0001' } });
    const mine = await t.request.get(`/api/applications/${caseId}`).set(bearer(resident.token)).expect(200);
    expect(mine.body.timeline.map((e: { action: string }) => e.action)).toEqual(['submit', 'claim', 'request_correction', 'supplement', 'accept', 'finish']);
    expect(mine.body.timeline.every((e: object) => !('internalNote' in e))).toBe(true);
    const list = await t.request.get('/api/applications').set(bearer(resident.token)).expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(caseId);
  });

  it('is 404 for another resident and another township clerk, and for their attempts to act', async () => {
    const stranger = await residentWithProfile(t, 'journey-stranger', huaTownship);
    await t.request.get(`/api/applications/${caseId}`).set(bearer(stranger.token)).expect(404);
    await t.request.post(`/api/applications/${caseId}/withdraw`).set(bearer(stranger.token)).send({ reason: '试试看' }).expect(404);
    const otherTownship = (await t.db.prisma.region.findFirstOrThrow({ where: { parentCode: HUAXIAN, level: 'township', code: { not: huaTownship } } })).code;
    const otherClerk = await clerkOf(otherTownship);
    await t.request.get(`/api/applications/${caseId}`).set(bearer(otherClerk)).expect(404);
    await t.request.post(`/api/applications/${caseId}/claim`).set(bearer(otherClerk)).expect(404);
    await t.request.get(`/api/queues/township:${huaTownship}/applications`).set(bearer(otherClerk)).expect(404);
  });
});

describe('the same matter in 北关区', () => {
  it('goes to the county department, whose clerk works it', async () => {
    const township = await firstTownship(t, BEIGUAN);
    const person = await residentWithProfile(t, 'beiguan-resident', township);
    const body = await applicationBody(t, matter, person);
    const res = await t.request.post('/api/applications').set(bearer(person.token)).set('Idempotency-Key', 'beiguan-key-0001').send(body).expect(201);
    const queueId = `county_department:${BEIGUAN}:${matter.departmentCode}`;
    expect(res.body).toMatchObject({ queue: { id: queueId, kind: 'county_department' }, routeReasonCode: 'not_delegated' });
    const dept = await staffToken(t, { username: `dept-${BEIGUAN}-${matter.departmentCode}`, displayName: '北关区部门窗口', role: 'clerk', scopes: [{ kind: 'county_department', regionCode: BEIGUAN, departmentCode: matter.departmentCode }] });
    await t.request.post(`/api/applications/${res.body.id}/claim`).set(bearer(dept)).expect(200);
    const accepted = await t.request.post(`/api/applications/${res.body.id}/actions`).set(bearer(dept)).send({ action: 'accept' }).expect(200);
    expect(accepted.body.status).toBe('accepted');
    const townshipClerk = await clerkOf(township);
    await t.request.get(`/api/applications/${res.body.id}`).set(bearer(townshipClerk)).expect(404);
  });
});
